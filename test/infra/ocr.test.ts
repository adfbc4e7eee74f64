import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ocrConcurrency, ocrTimeBudgetMs } from '../../functions/config/ocr.ts';
import { ingestMaxConcurrency, ingestTimeout } from '../../infra/ingest-settings.ts';
import { bundledOcrLanguages, ocrAssetCommands } from '../../infra/ocr-bundle.ts';
import { ocrMemorySize, ocrTimeout } from '../../infra/stateless-stack.ts';
import { type CfnResource, flatten, resourcesOf, synthesize } from './synth.ts';

let service: Template;

beforeAll(() => {
  ({ service } = synthesize());
});

const functionNamed = (prefix: string): [string, CfnResource] => {
  const found = resourcesOf(service, 'AWS::Lambda::Function').find(([id]) =>
    new RegExp(`^${prefix}[0-9A-F]{8}$`).test(id),
  );
  if (!found) throw new Error(`no ${prefix} function`);
  return found;
};

/** Every "action resource" the role of a function is allowed. */
const grantsOf = (prefix: string): string[] => {
  const role = flatten(functionNamed(prefix)[1].Properties.Role).replace(/^<|\.Arn>$/g, '');
  return resourcesOf(service, 'AWS::IAM::Policy')
    .filter(([, policy]) =>
      (policy.Properties.Roles as { Ref: string }[]).some((ref) => ref.Ref === role),
    )
    .flatMap(([, policy]) =>
      (
        policy.Properties.PolicyDocument as {
          Statement: { Action: string | string[]; Resource: unknown }[];
        }
      ).Statement.flatMap((statement) =>
        [statement.Action]
          .flat()
          .flatMap((action) => [statement.Resource].flat().map((r) => `${action} ${flatten(r)}`)),
      ),
    );
};

describe('the OCR function', () => {
  it('has the memory and timeout set for one page an invocation', () => {
    // Act
    const [, fn] = functionNamed('Ocr');

    // Assess
    expect(fn.Properties).toMatchObject({
      MemorySize: ocrMemorySize,
      Timeout: ocrTimeout.toSeconds(),
      Handler: 'index.handler',
    });
    expect(ocrMemorySize).toBeGreaterThanOrEqual(1769);
  });

  it('is told where its bundle put the OCR assets and which languages to read', () => {
    // Act
    const variables = (
      functionNamed('Ocr')[1].Properties.Environment as { Variables: Record<string, string> }
    ).Variables;

    // Assess
    expect(variables.OCR_ASSETS_DIR).toBe('/var/task');
    for (const language of variables.OCR_LANGUAGES?.split('+') ?? [])
      expect(bundledOcrLanguages).toContain(language);
  });

  it('may write its own logs and traces, and touch no data', () => {
    // Act
    const grants = grantsOf('Ocr');

    // Assess
    expect(grants.filter((grant) => !/^(logs|xray):/.test(grant))).toEqual([]);
    expect(grants.filter((grant) => grant.startsWith('logs:'))).not.toHaveLength(0);
    for (const grant of grants.filter((g) => g.startsWith('logs:')))
      expect(grant).toMatch(/ <OcrLogs[0-9A-F]{8}\.Arn>$/);
  });

  it('is invoked by the ingest function alone, which is told its name', () => {
    // Prepare
    const [ocrId] = functionNamed('Ocr');
    const invokes = (prefix: string) =>
      grantsOf(prefix).filter((grant) => grant.startsWith('lambda:InvokeFunction'));

    // Act
    const ingestVariables = (
      functionNamed('Ingest')[1].Properties.Environment as { Variables: Record<string, unknown> }
    ).Variables;

    // Assess
    expect(invokes('Ingest')).toEqual([`lambda:InvokeFunction <${ocrId}.Arn>`]);
    for (const other of ['Api', 'Audit', 'Officer', 'Digest']) expect(invokes(other)).toEqual([]);
    expect(flatten(ingestVariables.OCR_FUNCTION_NAME)).toBe(`<${ocrId}>`);
  });

  it('has an errors alarm, as every function', () => {
    // Act
    const alarms = resourcesOf(service, 'AWS::CloudWatch::Alarm').map(([id]) => id);

    // Assess
    expect(alarms.some((id) => id.includes('OcrErrorsAlarm'))).toBe(true);
  });

  it('fits its time budget and concurrency within what ingest allows', () => {
    // Assess: a paper's OCR ends before its ingest invocation would, with a page's time to spare.
    expect(ocrTimeBudgetMs + ocrTimeout.toMilliseconds()).toBeLessThan(
      ingestTimeout.toMilliseconds(),
    );
    expect(ingestMaxConcurrency * ocrConcurrency).toBeLessThanOrEqual(50);
  });
});

describe('the OCR bundle', () => {
  it('adds the worker, the LSTM wasm cores and the trained data of each bundled language', () => {
    // Act
    const commands = ocrAssetCommands('/out').join('\n');

    // Assess
    expect(commands).toMatch(
      /esbuild.*worker-script\/node\/index\.js.*--outfile="\/out\/ocr-worker\.cjs"/,
    );
    expect(commands).toContain('tesseract-core-relaxedsimd-lstm.wasm" "/out"');
    for (const language of bundledOcrLanguages)
      expect(commands).toContain(`${language}.traineddata.gz" "/out/lang/"`);
    expect(commands).not.toMatch(/https?:|npm |docker/);
  });
});
