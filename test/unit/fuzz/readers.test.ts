import { Document, Packer, Paragraph } from 'docx';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { IngestEntry } from '../../../functions/ports/ingest-log.ts';
import { ingestUpload } from '../../../functions/usecases/ingest/ingest-upload.ts';
import { fuzzParameters, fuzzTimeout, hostileText, prototypeNames } from '../../support/fuzz.ts';
import { type MemoryDeps, memoryDeps, uploadEvent } from '../../support/memory-deps.ts';

/*
 * Property tests for every reader, through the whole ingest: whatever the bytes, key and metadata,
 * the upload ends with one logged outcome (a rejection always with its reason), nothing throws,
 * and the upload itself stays where it was put. `FUZZ_RUNS` sets the cases per target.
 */

const outcomes = ['accepted', 'duplicate', 'rejected', 'skipped'];

const ingested = async (
  key: string,
  bytes: Uint8Array | string,
  metadata: Record<string, string> = {},
  before?: (deps: MemoryDeps) => Promise<void>,
): Promise<{ deps: MemoryDeps; entry: IngestEntry }> => {
  const deps = memoryDeps();
  await before?.(deps);
  const body = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  await deps.uploads.put(key, body, { contentType: 'application/octet-stream', metadata });
  const entry = await ingestUpload(deps, uploadEvent(key));
  return { deps, entry };
};

const expectLoggedOutcome = ({ deps, entry }: { deps: MemoryDeps; entry: IngestEntry }) => {
  expect(outcomes).toContain(entry.outcome);
  if (entry.outcome === 'rejected' || entry.outcome === 'skipped')
    expect(entry.reason?.message.length).toBeGreaterThan(0);
  expect(deps.log.entries).toContainEqual(entry);
  expect(deps.uploads.objects.has(entry.key)).toBe(true);
};

/** A valid file changed by cutting it short and overwriting a few bytes. */
const mutated = (base: Uint8Array) =>
  fc
    .record({
      cut: fc.integer({ min: 1, max: base.length }),
      flips: fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.nat({ max: 255 })), {
        maxLength: 12,
      }),
    })
    .map(({ cut, flips }) => {
      const bytes = base.slice(0, cut);
      for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
      return bytes;
    });

const basePdf = async () => {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('Minutes of the Planning Committee', { x: 50, y: 780, font, size: 14 });
  page.drawText('Held on 3 March 2024. Present: Cllr A Smith', { x: 50, y: 750, font, size: 11 });
  return pdf.save();
};

const baseDocx = async (text = 'Held on 3 March 2024') =>
  new Uint8Array(
    await Packer.toBuffer(
      new Document({
        sections: [
          { children: [new Paragraph('Minutes of the Planning Committee'), new Paragraph(text)] },
        ],
      }),
    ),
  );

const htmlParts = fc.constantFrom(
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<h1>Minutes</h1>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<style>body{}</style>',
  '<table><tr><td>',
  '</td><td>',
  '</td></tr></table>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '&#x110000;',
  '<main>',
  '<nav>Home</nav>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://example.org">',
);

const markdownParts = fc.constantFrom(
  '# ',
  '## ',
  '\n',
  '- ',
  '1. ',
  '> ',
  '```',
  '| a | b |\n|---|---|\n',
  '*',
  '_',
  '[x](javascript:alert(1))',
  '<script>alert(1)</script>',
  '---\ntitle: x\n---\n',
);

const csvCells = fc.oneof(
  hostileText(8),
  fc.constantFrom('1', '2,5', '-3', '£1,200', '2024-04-05', 'yes', 'NA', '=SUM(A1)', '"'),
);

const delimiter = fc.constantFrom(',', ';', '\t', '|');

describe('fuzzing the readers through the ingest', () => {
  it(
    'text papers of any characters',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('', 'Minutes of the Planning Committee\n\n'),
          hostileText(200),
          async (head, text) => {
            expectLoggedOutcome(await ingested('uploads/papers/fuzz.txt', head + text));
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'HTML papers of tag soup, scripts and entities',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(htmlParts, hostileText(10)), { maxLength: 60 }),
          async (parts) => {
            const html = `<!doctype html><html><body>${parts.join('')}</body></html>`;
            const result = await ingested('uploads/papers/fuzz.html', html);
            expectLoggedOutcome(result);
            // Scripts never reach the paper's text as markup to run (the original keeps them).
            for (const [key, object] of result.deps.archive.objects)
              if (key.startsWith('texts/'))
                expect(new TextDecoder().decode(object.bytes)).not.toContain('<script>');
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'Markdown papers of any structure',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(markdownParts, hostileText(10)), { maxLength: 60 }),
          async (parts) => {
            expectLoggedOutcome(await ingested('uploads/papers/fuzz.md', parts.join('')));
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeout(200),
  );

  it(
    'PDF papers cut short and corrupted',
    async () => {
      const base = await basePdf();
      await fc.assert(
        fc.asyncProperty(mutated(base), async (bytes) => {
          expectLoggedOutcome(await ingested('uploads/papers/fuzz.pdf', bytes));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(500),
  );

  it(
    'DOCX papers cut short and corrupted',
    async () => {
      const base = await baseDocx();
      await fc.assert(
        fc.asyncProperty(mutated(base), async (bytes) => {
          expectLoggedOutcome(await ingested('uploads/papers/fuzz.docx', bytes));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(500),
  );

  it(
    'DOCX papers whose text is any characters',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileText(100), async (text) => {
          expectLoggedOutcome(await ingested('uploads/papers/fuzz.docx', await baseDocx(text)));
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(500),
  );

  it(
    'CSV datasets with any header names, prototype names included, and any cells',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.oneof(prototypeNames, hostileText(8)), { minLength: 1, maxLength: 6 }),
          fc.array(fc.array(csvCells, { maxLength: 7 }), { maxLength: 12 }),
          delimiter,
          async (header, rows, separator) => {
            const text = [header, ...rows].map((row) => row.join(separator)).join('\n');
            expectLoggedOutcome(await ingested('uploads/datasets/fuzz.csv', text));
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeout(300),
  );

  it(
    'JSON datasets of any value, keys named after prototype properties included',
    async () => {
      const rows = fc.array(
        fc.dictionary(
          fc.oneof(prototypeNames, fc.string({ maxLength: 6 })),
          fc.jsonValue({ maxDepth: 3 }),
        ),
        { maxLength: 8 },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            rows,
            fc.jsonValue(),
            rows.map((data) => ({ data })),
          ),
          fc.nat({ max: 200 }),
          async (value, depth) => {
            // Some cases wrapped hundreds deep, past the nesting cap.
            const text = `${'['.repeat(depth)}${JSON.stringify(value) ?? 'null'}${']'.repeat(depth)}`;
            expectLoggedOutcome(await ingested('uploads/datasets/fuzz.json', text));
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeout(300),
  );

  it(
    'Table Schema sidecars of any shape',
    async () => {
      const field = fc.record(
        {
          name: fc.oneof(
            fc.constantFrom('id', 'amount'),
            prototypeNames,
            fc.string({ maxLength: 5 }),
          ),
          type: fc.oneof(
            fc.constantFrom('string', 'integer', 'number', 'boolean', 'date', 'year', 'any', 'x'),
            fc.jsonValue({ maxDepth: 1 }),
          ),
          format: fc.oneof(
            fc.string({ maxLength: 8 }),
            fc.constantFrom('%d/%m/%Y', 'email', 'uri'),
          ),
          constraints: fc.dictionary(
            fc.constantFrom(
              'required',
              'unique',
              'minimum',
              'maximum',
              'pattern',
              'enum',
              'maxLength',
            ),
            fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('(a+)+$', '[', '\\')),
          ),
        },
        { requiredKeys: ['name'] },
      );
      const schema = fc.oneof(
        fc.record(
          {
            fields: fc.array(field, { maxLength: 4 }),
            primaryKey: fc.oneof(
              fc.string({ maxLength: 5 }),
              fc.array(fc.string({ maxLength: 5 })),
            ),
            missingValues: fc.array(
              fc.oneof(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 0 })),
            ),
          },
          { requiredKeys: ['fields'] },
        ),
        fc.jsonValue({ maxDepth: 3 }),
      );
      await fc.assert(
        fc.asyncProperty(schema, async (sidecar) => {
          const result = await ingested(
            'uploads/datasets/spend.csv',
            'id,amount\n1,2\n2,3.5\n',
            {},
            async (deps) =>
              deps.uploads.put(
                'uploads/datasets/spend.schema.json',
                new TextEncoder().encode(JSON.stringify(sidecar) ?? 'null'),
                { contentType: 'application/json' },
              ),
          );
          expectLoggedOutcome(result);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(300),
  );

  it(
    'object keys and metadata of any characters',
    async () => {
      const metadata = fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            'id',
            'title',
            'description',
            'licence',
            'publisher',
            'source',
            'uploader',
            'strict',
          ),
          prototypeNames,
        ),
        fc.oneof(
          hostileText(30),
          fc.constantFrom('=?UTF-8?B?w5w=?=', '=?UTF-8?B?!!?=', 'a'.repeat(1_000)),
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('uploads/papers/', 'uploads/datasets/'),
          hostileText(40),
          fc.constantFrom('.txt', '.md', '.csv', '', '.'),
          metadata,
          async (area, name, extension, meta) => {
            const body = area === 'uploads/papers/' ? 'Minutes of the Cabinet\n' : 'id,name\n1,a\n';
            expectLoggedOutcome(await ingested(`${area}${name}${extension}`, body, meta));
          },
        ),
        fuzzParameters(),
      );
    },
    fuzzTimeout(300),
  );
});
