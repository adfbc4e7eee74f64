import { actingAs } from '../caller.ts';
import { describeEntryInFull } from '../format.ts';
import { type Command, targetOptions } from '../options.ts';
import { resolveTarget } from '../target.ts';
import { uploadFiles } from '../upload.ts';

/** `council-papers upload FILE...`: each file to its area, then (unless --no-wait) its outcome. */
export const run: Command = async (args, values) => {
  const target = await resolveTarget(targetOptions(values));
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
          ? await describeEntryInFull({ log: target.log, archive: target.archive }, result.entry)
          : `uploaded ${result.file} → ${result.key}`,
      );
    }
    return results.some((result) => result.entry?.outcome === 'rejected') ? 1 : 0;
  } finally {
    target.close();
  }
};
