import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spectral } from '@stoplight/spectral-core';
import { oas } from '@stoplight/spectral-rulesets';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../functions/http/openapi/document.ts';
import { routes } from '../../../functions/http/routes.ts';

/** The document as the API serves it; building it calls no route, so no dependencies are needed. */
const document = () =>
  openApiDocument(
    routes(() => {
      throw new Error('building the document reads no data');
    }),
    'http://127.0.0.1:3000',
  );

// biome-ignore lint/suspicious/noExplicitAny: the document is walked as plain JSON.
const operationsOf = (doc: any): [string, any][] =>
  Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as object).map(([method, operation]): [string, unknown] => [
      `${method} ${path}`,
      operation,
    ]),
  );

describe('the OpenAPI document, as generators read it', () => {
  it("passes Spectral's spectral:oas ruleset with no errors", async () => {
    // Prepare
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas, 'all']] } as never);

    // Act
    const results = await spectral.run(document() as never);

    // Assess
    const errors = results
      .filter((result) => result.severity === 0)
      .map((result) => `${result.code} ${result.path.join('.')}: ${result.message}`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('names its server, tags every operation it describes and describes every parameter', () => {
    // Act
    const doc = document();

    // Assess
    expect(doc.servers).toEqual([expect.objectContaining({ url: 'http://127.0.0.1:3000' })]);
    const tagNames = doc.tags.map((tag) => tag.name);
    for (const [name, operation] of operationsOf(doc)) {
      expect(operation.description, name).toEqual(expect.any(String));
      expect(tagNames, name).toEqual(expect.arrayContaining(operation.tags));
      for (const parameter of operation.parameters ?? [])
        expect([name, parameter.name, parameter.description]).toEqual([
          name,
          parameter.name,
          expect.any(String),
        ]);
    }
  });

  it('takes ?version= on a dataset version’s schema and report', () => {
    // Act
    const operations = new Map(operationsOf(document()));

    // Assess
    for (const name of ['get /v1/datasets/{id}/schema', 'get /v1/datasets/{id}/report'])
      expect(
        operations.get(name).parameters.map((parameter: { name: string }) => parameter.name),
        name,
      ).toContain('version');
  });

  it('generates TypeScript types with openapi-typescript that compile', async () => {
    // Prepare
    const folder = await mkdtemp(join(tmpdir(), 'openapi-types-'));
    const file = join(folder, 'api.d.ts');

    // Act
    const types = astToString(await openapiTS(document() as never));
    await writeFile(file, types);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: ts.ScriptTarget.ES2022,
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    await rm(folder, { recursive: true, force: true });

    // Assess
    expect(types).toContain('PaperView');
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
