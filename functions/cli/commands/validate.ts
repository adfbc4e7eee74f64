import { isDataPackageKey } from '../../domain/datasets/data-package.ts';
import { workbookFormatOf } from '../../domain/datasets/read-table.ts';
import { CliError } from '../cli-error.ts';
import { fileSource } from '../file-source.ts';
import type { Command } from '../options.ts';
import {
  describePackage,
  describeReport,
  describeWorkbook,
  validateFile,
  validatePackage,
  validateWorkbook,
} from '../validate.ts';

/** `council-papers validate FILE`: a table, a workbook's sheets or a data package, as ingest reads them. */
export const run: Command = async (args, values) => {
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
              sheets: validation.sheets.map(({ name, table }) => ({ name, report: table.report })),
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
  console.log(values.json ? JSON.stringify(table.report, null, 2) : describeReport(file, table));
  return exitCode;
};
