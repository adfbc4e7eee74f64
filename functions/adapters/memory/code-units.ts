/**
 * Orders strings by UTF-16 code units, as DynamoDB orders sort keys and as the memory adapters'
 * cursors compare them (`localeCompare` would disagree with both, and drop records when paging).
 */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
