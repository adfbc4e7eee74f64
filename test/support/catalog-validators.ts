import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

/**
 * Validators for the two catalogues, from our own renderings of the specifications'
 * requirements (see test/fixtures/catalog/README.md): SHACL shapes for DCAT-AP 3, a JSON Schema
 * for DCAT-US 1.1. Unit tests validate the builders with them; integration tests, real answers.
 */

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/catalog/${name}`, import.meta.url), 'utf8');

const shapes = new Store(new Parser().parse(fixture('dcat-ap-3.shapes.ttl')));
const sh = 'http://www.w3.org/ns/shacl#';

// `safe` (missing from the typings) makes any key or value that would be silently dropped an error.
const toRdfOptions: jsonld.Options.ToRdf & { safe: boolean } = {
  format: 'application/n-quads',
  safe: true,
};

let documents = 0;

export const toRdf = async (document: object): Promise<Store> => {
  const nquads = await jsonld.toRDF(document as jsonld.JsonLdDocument, toRdfOptions);
  // Blank nodes of different documents are different nodes: each parse labels its own apart.
  const blankNodePrefix = `d${documents++}_`;
  return new Store(new Parser({ format: 'N-Quads', blankNodePrefix }).parse(String(nquads)));
};

/** The pages of a paged catalogue as one graph, as a harvester that merges them holds it. */
export const mergedRdf = async (pages: readonly object[]): Promise<Store> => {
  const merged = new Store();
  for (const page of pages) merged.addQuads((await toRdf(page)).getQuads(null, null, null, null));
  return merged;
};

/** SHACL validation against our DCAT-AP 3 shapes, of one document or of a merged graph. */
export const validateDcatAp = async (document: object | Store) => {
  const data = document instanceof Store ? document : await toRdf(document);
  const report = await new SHACLValidator(shapes).validate(data);
  return {
    conforms: report.conforms,
    failures: report.results.map((result) => ({
      path: result.path?.value,
      constraint: result.sourceConstraintComponent?.value.replace(sh, ''),
    })),
  };
};

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateDcatUsCatalog = ajv.compile(JSON.parse(fixture('dcat-us-1.1.schema.json')) as object);

/** The DCAT-US 1.1 schema's errors for a document; none when it is valid. */
export const dcatUsErrors = (document: unknown): ErrorObject[] => {
  validateDcatUsCatalog(document);
  return validateDcatUsCatalog.errors ?? [];
};
