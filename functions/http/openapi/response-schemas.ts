import { storageFields } from '../../domain/public-record.ts';
import { schemas } from '../../domain/schemas.ts';

/**
 * The schemas of what the API answers, for its OpenAPI document. Records are the published
 * schemas in `schemas/` (the ones ingest validates against); the rest describe the shapes the
 * routes build around them. The contract test validates real answers against these.
 */

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: Schema) => ({ oneOf: [{ type: 'null' }, schema] });
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
const kind = { enum: ['paper', 'dataset'] };
const id = { type: 'string', pattern: '^[a-z0-9](?:[a-z0-9_-]{0,198}[a-z0-9])?$' };
const dateTime = { type: 'string', format: 'date-time' };

/** The component each published schema becomes, by the name the API publishes it under. */
const componentOf: Partial<Record<keyof typeof schemas, string>> = {
  'version-history': 'VersionHistory',
  'paper-record': 'PaperRecord',
  'dataset-record': 'DatasetRecord',
  paper: 'PaperExtraction',
  'ingest-entry': 'IngestEntry',
};

const idPrefix = 'urn:council-papers:schema:';

const pascal = (name: string) =>
  name.replace(/(^|[-_])(\w)/g, (_, __, c: string) => c.toUpperCase());

/**
 * Where a `$ref` of a published schema points, from the OpenAPI document's root: a definition
 * (`#/$defs/cell`) is a component of its own (`PaperExtractionCell`), since generators type
 * `$defs` inside a component as part of it, and a schema that refers to its own part is circular.
 */
const rootRef = (ref: string, home: string): string => {
  const [base = '', pointer = ''] = ref.split('#');
  const component = base ? componentOf[base.replace(idPrefix, '') as keyof typeof schemas] : home;
  if (!component) throw new Error(`The $ref ${ref} names no published component`);
  const definition = /^\/\$defs\/([^/]+)$/.exec(pointer);
  if (pointer && !definition) throw new Error(`The $ref ${ref} is not to a whole definition`);
  return `#/components/schemas/${component}${definition ? pascal(definition[1] as string) : ''}`;
};

/**
 * A published schema rebased into the document: without `$id` and `$schema`, and every `$ref`
 * (to its own `$defs`, or by `$id` to another published schema) made relative to the root, the
 * only base OpenAPI tools (Spectral, generators) resolve.
 */
const rebase = (node: unknown, home: string): unknown => {
  if (Array.isArray(node)) return node.map((item) => rebase(item, home));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== '$id' && key !== '$schema')
      .map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' ? rootRef(value, home) : rebase(value, home),
      ]),
  );
};

/** A published schema, as a component; its definitions are components beside it. */
const published = (name: keyof typeof schemas): Schema => {
  const { $defs: _definitions, ...schema } = rebase(
    schemas[name],
    componentOf[name] ?? name,
  ) as Schema;
  return schema;
};

/** The definitions of the published schemas, each a component named after its schema's. */
const definitions = (): Record<string, Schema> =>
  Object.fromEntries(
    Object.entries(componentOf).flatMap(([name, component]) =>
      Object.entries(
        (schemas[name as keyof typeof schemas] as { $defs?: Record<string, Schema> }).$defs ?? {},
      ).map(([definition, schema]) => [
        `${component}${pascal(definition)}`,
        rebase(schema, component) as Schema,
      ]),
    ),
  );

/** A record schema widened with the fields a single-record answer adds. */
const links = {
  type: 'object',
  description: 'URLs of everything this relates to.',
  additionalProperties: {
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
  },
};

/** A record schema as the public reads it: no storage keys, and the record's links. */
const publicOf = (name: 'paper-record' | 'dataset-record'): Schema => {
  const base = published(name);
  const hidden = new Set<string>(storageFields);
  return {
    ...base,
    title: `${String(base.title)}, as the public reads it`,
    required: [...(base.required as string[]).filter((field) => !hidden.has(field)), 'links'],
    properties: {
      ...Object.fromEntries(
        Object.entries(base.properties as Schema).filter(([field]) => !hidden.has(field)),
      ),
      links,
    },
  };
};

const widened = (base: Schema, extra: Schema, required: string[]): Schema => {
  return {
    ...base,
    title: `${String(base.title)}, with its content`,
    required: [...new Set([...(base.required as string[]), ...required])],
    properties: { ...(base.properties as Schema), ...extra },
  };
};

export const pageOf = (item: Schema): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: ['items', 'next'],
  properties: {
    items: { type: 'array', items: item },
    next: { type: ['string', 'null'], description: 'Cursor of the next page; null on the last.' },
  },
});

const meetingSummary = {
  meetingId: {
    type: 'string',
    description: "The body's id and the date: `<council slug>--<body slug>--<date>`.",
    example: 'buckinghamshire-council--cabinet--2024-05-09',
  },
  body: { type: 'string' },
  bodyId: {
    type: 'string',
    description: 'The body of one council: `<council slug>--<body slug>`.',
    example: 'buckinghamshire-council--cabinet',
  },
  bodySlug: { type: 'string', description: "The body's own slug, without its council." },
  meetingDate: { type: 'string', format: 'date' },
  meetingTime: { type: ['string', 'null'] },
  venue: { type: ['string', 'null'] },
  council: {
    type: 'string',
    description: "As the papers name it, or the deployment's council when they name none.",
  },
};

/** What a paper answer adds to its record: the text, the extraction, what is withheld, links. */
const paperContent: Schema = {
  body: {
    type: ['string', 'null'],
    description: 'The plain text; null when withheld or withdrawn.',
  },
  extraction: nullable(ref('PaperExtraction')),
  withheld: nullable({
    type: 'object',
    required: ['reason'],
    properties: { reason: { type: 'string' } },
  }),
  links,
};

export const componentSchemas: Record<string, Schema> = {
  ...definitions(),
  VersionHistory: published('version-history'),
  PaperRecord: published('paper-record'),
  DatasetRecord: published('dataset-record'),
  PaperSummary: publicOf('paper-record'),
  DatasetSummary: publicOf('dataset-record'),
  PaperExtraction: published('paper'),
  IngestEntry: published('ingest-entry'),
  PaperView: widened(publicOf('paper-record'), paperContent, ['body', 'extraction', 'withheld']),
  AuditPaperView: widened(published('paper-record'), paperContent, [
    'body',
    'extraction',
    'withheld',
    'links',
  ]),
  DatasetView: publicOf('dataset-record'),
  MeetingSummary: {
    type: 'object',
    required: Object.keys(meetingSummary),
    properties: meetingSummary,
  },
  MeetingView: {
    type: 'object',
    required: [...Object.keys(meetingSummary), 'papers', 'agendaItems', 'attendance', 'decisions'],
    properties: {
      ...meetingSummary,
      papers: {
        type: 'array',
        items: {
          type: 'object',
          required: ['paperId', 'version', 'roles', 'documents'],
          properties: {
            paperId: id,
            version: { type: 'integer', minimum: 1 },
            roles: { type: 'array', items: { type: 'string' } },
            documents: {
              type: 'array',
              items: {
                type: 'object',
                required: ['documentType', 'title', 'startLine', 'endLine'],
                properties: {
                  documentType: { type: 'string' },
                  title: { type: ['string', 'null'] },
                  startLine: { type: 'integer', minimum: 1 },
                  endLine: {
                    type: ['integer', 'null'],
                    minimum: 1,
                    maximum: 9007199254740990,
                    description:
                      'The document’s last line; null when a meeting stored by an earlier version did not record it.',
                  },
                },
              },
            },
          },
        },
      },
      agendaItems: { type: 'array', items: { type: 'object', required: ['paperId'] } },
      attendance: { type: 'object' },
      declarations: { type: 'array', items: { type: 'object', required: ['paperId'] } },
      decisions: { type: 'array', items: { type: 'object', required: ['paperId'] } },
      actions: { type: 'array', items: { type: 'object', required: ['paperId'] } },
      votes: { type: 'array', items: { type: 'object', required: ['paperId'] } },
      links,
    },
  },
  DocumentSummary: {
    type: 'object',
    required: ['number', 'documentType', 'title', 'startLine', 'endLine', 'exempt', 'links'],
    properties: {
      number: { type: 'integer', minimum: 1 },
      documentType: { type: 'string' },
      title: { type: ['string', 'null'] },
      body: { type: ['string', 'null'] },
      meetingDate: { type: ['string', 'null'], format: 'date' },
      startLine: { type: 'integer' },
      endLine: { type: 'integer' },
      exempt: { type: 'boolean' },
      links: { type: 'object', required: ['self', 'paper'] },
    },
  },
  DocumentView: {
    type: 'object',
    required: ['number', 'documentType', 'paper', 'text', 'withheld', 'links'],
    properties: {
      number: { type: 'integer', minimum: 1 },
      documentType: { type: 'string' },
      paper: {
        type: 'object',
        required: ['id', 'version'],
        properties: { id, version: { type: 'integer', minimum: 1 } },
      },
      text: { type: ['string', 'null'] },
      withheld: nullable({ type: 'object', required: ['reason'] }),
      links: { type: 'object', required: ['self', 'paper', 'meeting'] },
    },
  },
  Body: {
    type: 'object',
    additionalProperties: false,
    required: ['bodyId', 'bodySlug', 'body', 'council', 'links'],
    properties: {
      bodyId: {
        type: 'string',
        description: 'The body of one council: `<council slug>--<body slug>`.',
        example: 'buckinghamshire-council--cabinet',
      },
      bodySlug: { type: 'string', description: "The body's own slug, without its council." },
      body: { type: 'string' },
      council: { type: 'string' },
      links: {
        type: 'object',
        required: ['self', 'meetings', 'decisions', 'papers'],
        additionalProperties: { type: 'string' },
      },
    },
  },
  SearchResults: {
    type: 'object',
    additionalProperties: false,
    required: ['query', 'total', 'items', 'next'],
    properties: {
      query: {
        type: 'object',
        description:
          'The search as understood: words and filters (a body by its id, `council--body`, or its slug).',
        additionalProperties: false,
        required: ['q', 'type', 'body', 'from', 'to', 'documentType'],
        properties: {
          q: { type: ['string', 'null'] },
          type: { enum: ['paper', 'decision', 'dataset', null] },
          body: { type: ['string', 'null'] },
          from: { type: ['string', 'null'], format: 'date' },
          to: { type: ['string', 'null'], format: 'date' },
          documentType: { type: ['string', 'null'] },
        },
      },
      total: { type: 'integer', minimum: 0, description: 'Results in all, on every page.' },
      items: { type: 'array', items: ref('SearchResult') },
      next: { type: ['string', 'null'], description: 'Cursor of the next page; null on the last.' },
    },
  },
  SearchResult: {
    type: 'object',
    additionalProperties: false,
    required: [
      'kind',
      'id',
      'title',
      'score',
      'snippet',
      'body',
      'bodyId',
      'bodySlug',
      'meetingDate',
      'documentType',
      'meetingId',
      'links',
    ],
    properties: {
      kind: { enum: ['paper', 'decision', 'dataset'] },
      id: { ...id, description: "The paper (a decision's too) or the dataset." },
      title: { type: 'string' },
      score: { type: 'number', description: 'BM25 relevance; higher is better.' },
      snippet: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'highlights'],
        description:
          'A passage of plain text (escape it to show it in HTML) and the UTF-16 offsets of each matched word in it.',
        properties: {
          text: { type: 'string' },
          highlights: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['start', 'end'],
              properties: {
                start: { type: 'integer', minimum: 0 },
                end: { type: 'integer', minimum: 0 },
              },
            },
          },
        },
      },
      body: { type: ['string', 'null'] },
      bodyId: {
        type: ['string', 'null'],
        description: 'The body of one council (`council--body`); null where none is known.',
      },
      bodySlug: { type: ['string', 'null'] },
      meetingDate: { type: ['string', 'null'], format: 'date' },
      documentType: { type: ['string', 'null'] },
      meetingId: { type: ['string', 'null'] },
      links: {
        type: 'object',
        required: ['self'],
        additionalProperties: { type: 'string' },
      },
    },
  },
  Decision: {
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'meetingId',
      'meetingDate',
      'body',
      'bodyId',
      'bodySlug',
      'item',
      'text',
      'paperId',
      'line',
      'links',
    ],
    properties: {
      id: {
        type: 'string',
        description:
          "The meeting's id, a dot and a key from the decision's content (its item and a hash of its text), so a corrected version of the minutes keeps it.",
        example: 'buckinghamshire-council--cabinet--2024-05-09.item-5-1a2b3c4d',
      },
      meetingId: { type: 'string' },
      meetingDate: { type: 'string', format: 'date' },
      body: { type: 'string' },
      bodyId: {
        type: 'string',
        description: 'The body of one council: `<council slug>--<body slug>`.',
        example: 'buckinghamshire-council--cabinet',
      },
      bodySlug: { type: 'string' },
      item: { type: ['string', 'null'] },
      text: { type: 'string' },
      paperId: id,
      line: { type: 'integer' },
      links: {
        type: 'object',
        required: ['self', 'meeting', 'paper', 'body'],
        additionalProperties: { type: 'string' },
      },
    },
  },
  DcatApCatalog: {
    type: 'object',
    description: 'A DCAT-AP 3 dcat:Catalog in JSON-LD; its @context maps the terms.',
    required: ['@context', '@type'],
  },
  DcatUsCatalog: {
    type: 'object',
    description: 'A DCAT-US 1.1 catalogue (data.json).',
    required: ['@context', '@type', 'conformsTo', 'dataset'],
    properties: { dataset: { type: 'array', items: { type: 'object' } } },
  },
  Row: {
    type: 'object',
    additionalProperties: false,
    required: ['rowNumber', 'values'],
    properties: {
      rowNumber: { type: 'integer', minimum: 1 },
      values: {
        type: 'object',
        additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
      },
    },
  },
  TableSchema: {
    type: 'object',
    description: 'A Frictionless Table Schema.',
    required: ['fields'],
    properties: {
      fields: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'type'],
          properties: { name: { type: 'string' }, type: { type: 'string' } },
        },
      },
      primaryKey: { type: 'array', items: { type: 'string' } },
      missingValues: { type: 'array', items: { type: 'string' } },
    },
  },
  ValidationReport: {
    type: 'object',
    description: 'A validation report in the Frictionless shape.',
    required: ['valid', 'stats', 'errors'],
    properties: {
      valid: { type: 'boolean' },
      stats: {
        type: 'object',
        required: ['rows', 'fields', 'errors'],
        properties: {
          rows: { type: 'integer' },
          fields: { type: 'integer' },
          errors: { type: 'integer' },
        },
      },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['type', 'message'],
          properties: {
            type: { type: 'string' },
            message: { type: 'string' },
            rowNumber: { type: ['integer', 'null'] },
            fieldNumber: { type: ['integer', 'null'] },
            fieldName: { type: ['string', 'null'] },
            cell: { type: ['string', 'null'] },
          },
        },
      },
      warnings: {
        type: 'array',
        description:
          'What was read past without doubt (blank rows skipped, trailing delimiters): never a reason to reject.',
        items: {
          type: 'object',
          required: ['type', 'rowNumber', 'message'],
          properties: {
            type: { enum: ['blank-row', 'empty-extra-cell', 'resource-name', 'skipped-sheet'] },
            rowNumber: { type: ['integer', 'null'] },
            message: { type: 'string' },
          },
        },
      },
      partial: { type: 'boolean' },
    },
  },
  Change: {
    type: 'object',
    additionalProperties: false,
    required: [
      'seq',
      'kind',
      'id',
      'version',
      'reason',
      'publishedAt',
      'current',
      'href',
      'record',
    ],
    properties: {
      seq: { type: 'integer', minimum: 1 },
      kind,
      id,
      version: { type: 'integer', minimum: 1 },
      reason: { enum: ['new', 'correction', 'withdrawal'] },
      publishedAt: dateTime,
      current: {
        type: 'object',
        additionalProperties: false,
        required: ['version', 'status'],
        properties: {
          version: { type: 'integer', minimum: 1 },
          status: { enum: ['published', 'withdrawn'] },
        },
      },
      href: { type: 'string' },
      record: { type: 'string' },
    },
  },
  ChangesPage: {
    type: 'object',
    additionalProperties: false,
    required: ['items', 'next'],
    properties: {
      items: { type: 'array', items: ref('Change') },
      next: {
        type: 'string',
        description: 'Where to continue (`after=`); always given, since the feed has no end.',
      },
    },
  },
  Verification: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'id', 'ok', 'versions', 'head', 'broken', 'checkedObjects'],
    properties: {
      kind,
      id,
      ok: { type: 'boolean' },
      versions: { type: 'integer', minimum: 1 },
      head: {
        type: 'object',
        required: ['version', 'chainHash'],
        properties: { version: { type: 'integer' }, chainHash: sha256 },
      },
      broken: nullable({
        type: 'object',
        required: ['version', 'problem'],
        properties: { version: { type: 'integer' }, problem: { type: 'string' } },
      }),
      checkedObjects: { type: 'integer', minimum: 0 },
    },
  },
  VersionDiff: {
    type: 'object',
    required: ['kind', 'id', 'from', 'to', 'fields'],
    properties: {
      kind,
      id,
      from: { type: 'integer', minimum: 1 },
      to: { type: 'integer', minimum: 1 },
      fields: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['field', 'from', 'to'],
          properties: { field: { type: 'string' }, from: {}, to: {} },
        },
      },
      extraction: {
        type: 'object',
        required: ['withheld', 'agendaItems', 'resolutions'],
        description: 'Papers: each collection as {added, removed, changed}.',
      },
      text: ref('PaperTextChanges'),
      rows: {
        type: 'object',
        required: ['matchedBy', 'added', 'removed', 'changed', 'counts', 'truncated'],
        properties: {
          matchedBy: { enum: ['primaryKey', 'rowNumber'] },
          added: { type: 'array', items: ref('Row') },
          removed: { type: 'array', items: ref('Row') },
          changed: { type: 'array', items: ref('RowChange') },
          counts: { type: 'object' },
          truncated: { type: 'boolean' },
        },
      },
    },
  },
  RowChange: {
    type: 'object',
    additionalProperties: false,
    description: 'A row in both versions whose cells differ.',
    required: ['key', 'from', 'to', 'fields', 'cells'],
    properties: {
      key: {
        description:
          'The row: its primary key values by field, or its row number when rows match by number.',
        oneOf: [
          { type: 'integer', minimum: 1 },
          {
            type: 'object',
            additionalProperties: { type: ['string', 'number', 'boolean', 'null'] },
          },
        ],
      },
      from: ref('Row'),
      to: ref('Row'),
      fields: { type: 'array', items: { type: 'string' } },
      cells: {
        type: 'array',
        description: 'Each changed cell: its field, its value before and after.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['field', 'from', 'to'],
          properties: {
            field: { type: 'string' },
            from: { type: ['string', 'number', 'boolean', 'null'] },
            to: { type: ['string', 'number', 'boolean', 'null'] },
          },
        },
      },
    },
  },
  PaperTextChanges: {
    type: 'object',
    additionalProperties: false,
    description:
      'Papers: how the readable text changed, line by line and word by word. `diff` is null when either version has no text to compare (withdrawn, or withheld: `missing` says why).',
    required: ['from', 'to', 'diff'],
    properties: {
      from: ref('TextSide'),
      to: ref('TextSide'),
      diff: nullable(ref('TextDiff')),
    },
  },
  TextSide: {
    type: 'object',
    additionalProperties: false,
    required: ['version', 'text', 'missing'],
    properties: {
      version: { type: 'integer', minimum: 1 },
      text: { type: ['string', 'null'], description: 'The version’s readable text compared.' },
      missing: { type: ['string', 'null'], description: 'Why there is no text to compare.' },
    },
  },
  TextDiff: {
    type: 'object',
    additionalProperties: false,
    required: ['hunks', 'linesRemoved', 'linesAdded', 'tooDifferent'],
    properties: {
      hunks: {
        type: 'array',
        description:
          'Each place the texts differ, with a few unchanged lines around; lines count from 1.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['from', 'to', 'parts'],
          properties: {
            from: ref('LineRange'),
            to: ref('LineRange'),
            parts: { type: 'array', items: ref('TextHunkPart') },
          },
        },
      },
      linesRemoved: { type: 'integer', minimum: 0 },
      linesAdded: { type: 'integer', minimum: 0 },
      tooDifferent: {
        type: 'boolean',
        description: 'True when the texts differ too much to match line by line: no hunks listed.',
      },
    },
  },
  LineRange: {
    type: 'object',
    additionalProperties: false,
    required: ['start', 'end'],
    properties: { start: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 0 } },
  },
  TextHunkPart: {
    description:
      'Unchanged lines shown for context, or a change: the lines removed and added, where they are in each version (`fromLine`, `toLine`), and the change word by word.',
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'lines'],
        properties: {
          kind: { const: 'context' },
          lines: { type: 'array', items: { type: 'string' } },
        },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: [
          'kind',
          'removedLines',
          'addedLines',
          'fromLine',
          'toLine',
          'removed',
          'added',
          'words',
        ],
        properties: {
          kind: { const: 'change' },
          removedLines: { type: 'integer', minimum: 0 },
          addedLines: { type: 'integer', minimum: 0 },
          fromLine: { type: 'integer', minimum: 1 },
          toLine: { type: 'integer', minimum: 1 },
          removed: { type: 'array', items: { type: 'string' } },
          added: { type: 'array', items: { type: 'string' } },
          words: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'text'],
              properties: {
                kind: { enum: ['same', 'removed', 'added'] },
                text: { type: 'string' },
              },
            },
          },
        },
      },
    ],
  },
  DigestEntry: {
    type: 'object',
    additionalProperties: false,
    required: ['number', 'endTime', 'sha256', 'key', 'records'],
    properties: {
      number: { type: 'integer', minimum: 1 },
      endTime: dateTime,
      sha256,
      key: { type: 'string' },
      records: { type: 'integer', minimum: 0 },
    },
  },
  Digest: {
    type: 'object',
    additionalProperties: false,
    required: ['format', 'number', 'startTime', 'endTime', 'previousDigestSha256', 'records'],
    properties: {
      format: { const: 'council-papers-digest/1' },
      number: { type: 'integer', minimum: 1 },
      startTime: { type: ['string', 'null'], format: 'date-time' },
      endTime: dateTime,
      previousDigestSha256: nullable(sha256),
      records: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['kind', 'id', 'version', 'chainHash'],
          properties: { kind, id, version: { type: 'integer', minimum: 1 }, chainHash: sha256 },
        },
      },
    },
  },
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details; `type` is stable.',
    required: ['type', 'title', 'status', 'detail'],
    properties: {
      type: { type: 'string' },
      title: { type: 'string' },
      status: { type: 'integer' },
      detail: { type: 'string' },
      instance: { type: 'string' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['where', 'message'],
          properties: { where: { type: 'string' }, message: { type: 'string' } },
        },
      },
    },
  },
  HomeOverview: {
    type: 'object',
    required: ['today', 'latestPapers', 'upcomingMeetings', 'recentMeetings', 'changedDatasets'],
    properties: {
      today: { type: 'string', format: 'date' },
      latestPapers: { type: 'array', items: ref('PaperSummary') },
      upcomingMeetings: { type: 'array', items: ref('MeetingSummary') },
      recentMeetings: { type: 'array', items: ref('MeetingSummary') },
      changedDatasets: { type: 'array', items: ref('DatasetSummary') },
    },
  },
  Health: {
    type: 'object',
    required: ['status'],
    properties: { status: { const: 'ok' } },
  },
  SchemaIndex: {
    type: 'object',
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['name', 'href', 'title'],
          properties: {
            name: { type: 'string' },
            href: { type: 'string' },
            title: { type: 'string' },
          },
        },
      },
    },
  },
  JsonSchema: { type: 'object', description: 'A JSON Schema (draft 2020-12).' },
  OpenApi: { type: 'object', required: ['openapi', 'paths'] },
  UploadForm: {
    type: 'object',
    description:
      'An S3 presigned POST: send `fields`, then the file as `file`, as multipart/form-data to `url`. The policy fixes the key prefix, the size range and the uploader (x-amz-meta-uploaded-by, the signed-in officer); the x-amz-meta-id, -title, -description, -licence, -publisher and -source fields may be added.',
    required: ['kind', 'url', 'fields', 'keyPrefix', 'maxBytes', 'expiresAt'],
    properties: {
      kind,
      url: { type: 'string' },
      fields: { type: 'object', additionalProperties: { type: 'string' } },
      keyPrefix: { type: 'string' },
      maxBytes: { type: 'integer', minimum: 1 },
      expiresAt: dateTime,
    },
  },
  UploadDesk: {
    type: 'object',
    required: ['officer', 'forms', 'recent'],
    properties: {
      officer: { type: 'string' },
      forms: { type: 'array', items: ref('UploadForm') },
      recent: { type: 'array', items: ref('IngestEntry') },
    },
  },
  UploadOutcome: {
    type: 'object',
    required: [
      'key',
      'state',
      'at',
      'kind',
      'id',
      'version',
      'record',
      'reason',
      'read',
      'dataset',
    ],
    properties: {
      key: { type: 'string' },
      state: {
        enum: [
          'waiting',
          'accepted',
          'duplicate',
          'rejected',
          'skipped',
          'withdrawn',
          'taken-down',
        ],
      },
      at: { type: ['string', 'null'], format: 'date-time' },
      kind: nullable(kind),
      id: { type: ['string', 'null'] },
      version: { type: ['integer', 'null'] },
      record: { type: ['string', 'null'], description: 'The record published or matched' },
      reason: { type: ['string', 'null'] },
      read: { type: ['object', 'null'], description: 'A paper: what was read' },
      dataset: nullable({
        type: 'object',
        required: ['rows', 'fields', 'problems', 'warnings', 'partial'],
        properties: {
          rows: { type: 'integer' },
          fields: { type: 'integer' },
          partial: { type: 'boolean' },
          warnings: { type: 'array', items: { type: 'string' } },
          problems: {
            type: 'array',
            items: {
              type: 'object',
              required: ['line', 'field', 'problem', 'fix'],
              properties: {
                line: { type: ['integer', 'null'] },
                field: { type: ['string', 'null'] },
                problem: { type: 'string' },
                fix: { type: 'string' },
              },
            },
          },
        },
      }),
    },
  },
};

export { ref };
