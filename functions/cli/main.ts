import { parseArgs } from 'node:util';
import { inProcessOcr } from '../adapters/ocr/in-process-page-ocr.ts';
import { takedownDeps } from '../composition/takedown.ts';
import { isDataPackageKey } from '../domain/datasets/data-package.ts';
import { workbookFormatOf } from '../domain/datasets/read-table.ts';
import { acceptedFormatNames } from '../domain/upload-policy.ts';
import { publishDigest } from '../usecases/history/publish-digest.ts';
import { rebuildSearchIndex } from '../usecases/search/search-indexing.ts';
import { actingAs } from './caller.ts';
import { CliError } from './cli-error.ts';
import { describeExtraction, extractFile } from './extract.ts';
import { fileSource } from './file-source.ts';
import { describeEntry, describeEntryInFull } from './format.ts';
import { localStack, operatorRoot } from './operator-root.ts';
import { takedownCdn, takedownCommand } from './takedown.ts';
import { resolveTarget } from './target.ts';
import { uploadFiles } from './upload.ts';
import {
  describePackage,
  describeReport,
  describeWorkbook,
  validateFile,
  validatePackage,
  validateWorkbook,
} from './validate.ts';
import {
  describeTotals,
  describeUnchecked,
  describeVerification,
  everyRecord,
  findKind,
  type OutsideVerification,
  type UncheckedRecord,
  verificationTotals,
  verifyDigests,
  verifyFromOutside,
} from './verify.ts';
import { withdrawCommand } from './withdraw.ts';

const usage = `council-papers: upload papers and datasets, and see what became of them

Usage:
  council-papers upload FILE... [--as paper|dataset] [--id ID] [--replaces ID] [--sheet NAME] [--by NAME] [--no-wait]
                [--title T] [--description D] [--licence L] [--publisher P] [--source S]
                                           describe the record (the object's x-amz-meta-*);
                                           --replaces: this file is the next version of record ID,
                                           published from another file (else that id is refused);
                                           --by: who uploads (default: your AWS identity, or your user name locally)
  council-papers status [--limit N] [--json]
  council-papers extract FILE [--json]     read a paper as ingest would, touching no storage
  council-papers validate FILE [--schema S] [--sheet NAME] [--json]
                                           a dataset's validation report; exit 0 valid, 1 invalid, 2 unreadable;
                                           datapackage.json: the package and each of its resources;
                                           XLSX/ODS: each visible sheet (or --sheet NAME) as ingest reads it
  council-papers withdraw ID --reason TEXT [--as paper|dataset] [--by NAME]
                                           publish a tombstone version; history stays retrievable
  council-papers takedown paper|dataset ID --version N --reason TEXT [--by NAME] [--distribution-id ID]
                                           withhold a version's original, text and rows from the public (410);
                                           its history, metadata and the auditors' access stay; in AWS also
                                           drops CloudFront's cached copies (--distribution-id or
                                           CDN_DISTRIBUTION_ID: the stack output CdnDistributionId);
                                           exit 1 already taken down, 3 the CDN refused (run it again)
  council-papers reindex                   build the search index again from every record's current version
  council-papers verify [ID... | --all | --digests | --digest-now] [--as paper|dataset] [--api URL] [--json]
                                           recompute hash chains and original hashes from the public API
                                           (--all: with totals), or check every published digest still holds
                                           (--digest-now: publish one first, on the local stack); exit 0 intact, 1 not

Formats (found from the bytes, not the name):
  papers   ${acceptedFormatNames('paper')}
  datasets ${acceptedFormatNames('dataset')};
           a legacy Excel workbook (.xls) is refused: save it as XLSX or CSV

Target: the running local stack (npm start) unless --bucket (or UPLOAD_BUCKET) names a bucket;
--ingests-table (or INGESTS_TABLE) lets upload and status read outcomes there; --port picks
one of several local stacks.`;

const run = async (argv: string[]): Promise<number> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      as: { type: 'string' },
      id: { type: 'string' },
      replaces: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      licence: { type: 'string' },
      license: { type: 'string' },
      publisher: { type: 'string' },
      source: { type: 'string' },
      'no-wait': { type: 'boolean', default: false },
      limit: { type: 'string', default: '20' },
      json: { type: 'boolean', default: false },
      schema: { type: 'string' },
      sheet: { type: 'string' },
      bucket: { type: 'string' },
      'ingests-table': { type: 'string' },
      port: { type: 'string' },
      reason: { type: 'string' },
      version: { type: 'string' },
      by: { type: 'string' },
      'distribution-id': { type: 'string' },
      all: { type: 'boolean', default: false },
      digests: { type: 'boolean', default: false },
      'digest-now': { type: 'boolean', default: false },
      api: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return command || values.help ? 0 : 2;
  }
  const targetOptions = {
    bucket: values.bucket,
    ingestsTable: values['ingests-table'],
    port: values.port,
  };
  switch (command) {
    case 'upload': {
      const target = await resolveTarget(targetOptions);
      try {
        console.log(`uploading to ${target.description}`);
        const results = await uploadFiles(target, args, {
          as: values.as,
          id: values.id,
          sheet: values.sheet,
          replaces: values.replaces,
          describe: {
            title: values.title,
            description: values.description,
            licence: values.licence ?? values.license,
            publisher: values.publisher,
            source: values.source,
          },
          by: await actingAs(values.by, target.inAws),
          wait: !values['no-wait'],
          timeoutMs: 30_000,
        });
        for (const result of results) {
          console.log(
            result.entry && target.log
              ? await describeEntryInFull(
                  { log: target.log, archive: target.archive },
                  result.entry,
                )
              : `uploaded ${result.file} → ${result.key}`,
          );
        }
        return results.some((result) => result.entry?.outcome === 'rejected') ? 1 : 0;
      } finally {
        target.close();
      }
    }
    case 'status': {
      const limit = Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new CliError('--limit takes a whole number from 1 to 1000');
      const target = await resolveTarget(targetOptions);
      try {
        if (!target.log)
          throw new CliError(
            'status needs the ingests table: give --ingests-table or INGESTS_TABLE',
          );
        const entries = await target.log.recent(limit);
        if (values.json) console.log(JSON.stringify(entries, null, 2));
        else if (entries.length === 0) console.log(`no ingests yet in ${target.description}`);
        else
          for (const entry of entries)
            console.log(
              entry.outcome === 'rejected'
                ? await describeEntryInFull({ log: target.log, archive: target.archive }, entry)
                : describeEntry(entry),
            );
        return 0;
      } finally {
        target.close();
      }
    }
    case 'validate': {
      const [file, ...extra] = args;
      if (!file || extra.length > 0) throw new CliError('validate takes one FILE');
      if (isDataPackageKey(file)) {
        if (values.schema) throw new CliError('a data package names its own schemas: no --schema');
        const validation = await validatePackage(file);
        console.log(
          values.json
            ? JSON.stringify(
                {
                  name: validation.pkg.name,
                  warnings: validation.pkg.warnings,
                  resources: validation.resources.map(({ name, file, table }) => ({
                    name,
                    file,
                    report: table.report,
                  })),
                },
                null,
                2,
              )
            : describePackage(file, validation),
        );
        return validation.exitCode;
      }
      const workbook = await fileSource(file).then(workbookFormatOf, () => undefined);
      if (workbook) {
        const validation = await validateWorkbook(file, workbook, {
          ...(values.schema ? { schemaFile: values.schema } : {}),
          ...(values.sheet ? { sheet: values.sheet } : {}),
        });
        console.log(
          values.json
            ? JSON.stringify(
                {
                  sheets: validation.sheets.map(({ name, table }) => ({
                    name,
                    report: table.report,
                  })),
                  notes: validation.notes,
                },
                null,
                2,
              )
            : describeWorkbook(file, validation),
        );
        return validation.exitCode;
      }
      const { table, exitCode } = await validateFile(file, values.schema);
      console.log(
        values.json ? JSON.stringify(table.report, null, 2) : describeReport(file, table),
      );
      return exitCode;
    }
    case 'extract': {
      const [file, ...extra] = args;
      if (!file || extra.length > 0) throw new CliError('extract takes one FILE');
      const extraction = await extractFile(file, inProcessOcr());
      console.log(
        values.json ? JSON.stringify(extraction, null, 2) : describeExtraction(extraction),
      );
      return 0;
    }
    case 'withdraw': {
      const [id, ...extra] = args;
      if (!id || extra.length > 0) throw new CliError('withdraw takes one ID');
      const { root, description, close } = await operatorRoot(values.port);
      try {
        const { message, exitCode } = await withdrawCommand(root, id, {
          reason: values.reason,
          as: values.as,
          by: values.by,
        });
        console.log(`${message}  [${description}]`);
        return exitCode;
      } finally {
        close();
      }
    }
    case 'takedown': {
      const [kind, id, ...extra] = args;
      if (!kind || !id || extra.length > 0) throw new CliError('takedown takes a KIND and an ID');
      const cdn = takedownCdn(values['distribution-id'], process.env.UPLOAD_BUCKET !== undefined);
      const { root, description, close } = await operatorRoot(values.port);
      const takedown = takedownDeps(root, cdn);
      try {
        const { message, exitCode } = await takedownCommand(takedown.deps, kind, id, {
          version: values.version,
          reason: values.reason,
          by: values.by,
        });
        console.log(`${message}  [${description}]`);
        return exitCode;
      } finally {
        takedown.close();
        close();
      }
    }
    case 'reindex': {
      if (args.length > 0) throw new CliError('reindex takes no arguments');
      const { root, description, close } = await operatorRoot(values.port);
      try {
        const documents = await rebuildSearchIndex(root.ingest);
        console.log(`search index rebuilt: ${documents} documents  [${description}]`);
        return 0;
      } finally {
        close();
      }
    }
    case 'verify': {
      const apiUrl = values.api ?? (await localStack(values.port))?.apiUrl;
      if (!apiUrl)
        throw new CliError(
          'verify needs an API: --api URL, or a local stack started with `npm start`',
        );
      if (values['digest-now']) {
        // In AWS the digest function's schedule publishes them; locally one may be asked for.
        if (process.env.UPLOAD_BUCKET || values.api)
          throw new CliError(
            'verify --digest-now publishes on the local stack only; in AWS digests follow the schedule',
          );
        if (values.all || args.length > 0) throw new CliError('verify --digest-now takes no IDs');
        const { root, close } = await operatorRoot(values.port);
        try {
          const { published, entry } = await publishDigest(root.digest);
          console.log(
            published
              ? `digest ${entry?.number} published: ${entry?.records} chain heads at ${entry?.endTime}`
              : `no chain head moved since digest ${entry?.number ?? '-'}: none published`,
          );
        } finally {
          close();
        }
      }
      if (values.digests || values['digest-now']) {
        if (values.all || args.length > 0) throw new CliError('verify --digests takes no IDs');
        const result = await verifyDigests(apiUrl);
        console.log(
          values.json
            ? JSON.stringify(result, null, 2)
            : result.ok
              ? `ok      ${result.digests} digests chain, ${result.recordsChecked} digested chain heads still in their histories`
              : result.problems
                  .map((problem) => `BROKEN  digest ${problem.digest}: ${problem.problem}`)
                  .join('\n'),
        );
        return result.ok ? 0 : 1;
      }
      if (values.all === args.length > 0)
        throw new CliError('verify takes IDs, --all or --digests');
      const kinds = values.as ? [values.as] : ['paper', 'dataset'];
      const targets = values.all
        ? await everyRecord(apiUrl)
        : await Promise.all(args.map((id) => findKind(apiUrl, id, kinds)));
      const results: OutsideVerification[] = [];
      const unchecked: UncheckedRecord[] = [];
      for (const target of targets) {
        try {
          const result = await verifyFromOutside(apiUrl, target.kind, target.id);
          results.push(result);
          if (!values.json) console.log(describeVerification(result));
        } catch (error) {
          // One record that cannot be checked does not stop the others: it fails the run.
          if (!(error instanceof CliError) || !values.all) throw error;
          const record = { ...target, ok: false as const, error: error.message };
          unchecked.push(record);
          if (!values.json) console.log(describeUnchecked(record));
        }
      }
      const totals = verificationTotals(results, unchecked);
      if (values.json) console.log(JSON.stringify([...results, ...unchecked], null, 2));
      else if (values.all) console.log(describeTotals(totals));
      return totals.broken + totals.unchecked === 0 ? 0 : 1;
    }
    default:
      throw new CliError(`unknown command "${command}"\n\n${usage}`);
  }
};

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`council-papers: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
  },
);
