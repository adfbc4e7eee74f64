/**
 * The DynamoDB tables, declared once. The CDK stack and the local stack both build their tables from
 * these definitions, so keys and indexes cannot drift between AWS and a laptop.
 */
export interface KeySchema {
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface IndexDefinition extends KeySchema {
  readonly indexName: string;
}

export interface TableDefinition extends KeySchema {
  /** Logical name: the CDK construct id and the local table name's suffix. */
  readonly logicalName: string;
  /** Environment variable through which handlers learn the physical table name. */
  readonly envVar: string;
  readonly indexes: readonly IndexDefinition[];
}

/**
 * Records: one item per version (`sk = v#0000000001`) and one head item per record (`sk = head`).
 * Only head items carry the `byKind` index keys, so that index is a sparse list of records by kind.
 */
export const byKindIndex: IndexDefinition = {
  indexName: 'byKind',
  partitionKey: 'kindPk',
  sortKey: 'kindSk',
};

export const recordsTable: TableDefinition = {
  logicalName: 'Records',
  envVar: 'RECORDS_TABLE',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [byKindIndex],
};

export const meetingsByBodyIndex: IndexDefinition = {
  indexName: 'byBody',
  partitionKey: 'bodyPk',
  sortKey: 'bodySk',
};
export const meetingsByDateIndex: IndexDefinition = {
  indexName: 'byDate',
  partitionKey: 'datePk',
  sortKey: 'dateSk',
};

/**
 * Meetings: what each paper says about a meeting (`sk = source#<paper id>`, rewritten only by a
 * later version of that paper) and one `meta` item per meeting that feeds the two sparse indexes.
 */
export const meetingsTable: TableDefinition = {
  logicalName: 'Meetings',
  envVar: 'MEETINGS_TABLE',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [meetingsByBodyIndex, meetingsByDateIndex],
};

/** Rows of every dataset version: `pk = <dataset id>#v<n>`, `sk` the zero-padded row number. */
export const rowsTable: TableDefinition = {
  logicalName: 'Rows',
  envVar: 'ROWS_TABLE',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [],
};

/** Ingests: the audit log of every ingest attempt, partitioned by month so "recent" is one query. */
export const ingestsTable: TableDefinition = {
  logicalName: 'Ingests',
  envVar: 'INGESTS_TABLE',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [],
};

export const tableDefinitions: readonly TableDefinition[] = [
  recordsTable,
  meetingsTable,
  rowsTable,
  ingestsTable,
];
