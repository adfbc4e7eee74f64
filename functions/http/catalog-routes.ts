import { readCatalogConfig } from '../config/catalog.ts';
import { buildDcatAp } from '../domain/catalog/dcat-ap.ts';
import { buildDcatUs } from '../domain/catalog/dcat-us.ts';
import type { VersionStore } from '../ports/version-store.ts';
import { allDatasets, catalogModified } from '../usecases/datasets/catalog-queries.ts';
import { publicBaseUrl } from './base-url.ts';
import { pageRequest } from './query.ts';
import { json } from './responses.ts';
import type { Route } from './route.ts';

/** Catalogues carry absolute URLs, since harvesters store them. */

const config = (base: string) => {
  const read = readCatalogConfig();
  return { ...read, homepage: read.homepage ?? base };
};

/** The catalogues portals harvest: DCAT-AP 3 (JSON-LD, paged) and DCAT-US 1.1 (`data.json`). */
export const catalogRoutes = (deps: () => { readonly versions: VersionStore }): Route[] => [
  {
    method: 'GET',
    path: '/v1/catalog',
    produces: ['application/ld+json', 'application/json'],
    handler: async (event) => {
      const page = pageRequest(event);
      const base = publicBaseUrl(event);
      const [datasets, modified] = await Promise.all([
        // Uploaded datasets only: a paper's tables are listed at /v1/datasets?origin=paper.
        deps().versions.listLatest('dataset', page, { filter: { origin: 'upload' } }),
        catalogModified(deps().versions),
      ]);
      const url = `${base}/v1/catalog?limit=${page.limit}${page.cursor ? `&cursor=${page.cursor}` : ''}`;
      const catalog = buildDcatAp(datasets.items, base, config(base), {
        url,
        next: datasets.next,
        modified,
      });
      return json(catalog, 200, { 'content-type': 'application/ld+json; charset=utf-8' });
    },
  },
  {
    method: 'GET',
    path: '/data.json',
    handler: async (event) => {
      const base = publicBaseUrl(event);
      return json(buildDcatUs(await allDatasets(deps().versions), base, config(base)));
    },
  },
];
