import type { SearchDocument } from '../../functions/domain/search/document.ts';

/** A search document for tests: a paper's by default, every other field empty unless given. */
export const searchDocument = (
  key: string,
  fields: Partial<SearchDocument> = {},
): SearchDocument => ({
  key,
  kind: 'paper',
  recordId: key.replace(/^\w+:/, '').replace(/#.*/, ''),
  title: key,
  meta: '',
  content: '',
  body: null,
  bodyId: null,
  bodySlug: null,
  meetingDate: null,
  documentType: null,
  meetingId: null,
  textKey: null,
  hidden: [],
  text: null,
  members: [key],
  ...fields,
});
