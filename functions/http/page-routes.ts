import { NotFoundError } from '../domain/errors.ts';
import { datasetLinks, paperLinks, publicItem } from '../domain/links.ts';
import { type HomeDeps, homeOverview } from '../usecases/papers/home-queries.ts';
import { uploadScript } from '../web/assets/scripts.ts';
import { stylesheet } from '../web/assets/stylesheet.ts';
import { homePage } from '../web/pages/home.ts';
import { jsonOrHtml } from './media-types.ts';
import { represent } from './representation.ts';
import type { Route } from './route.ts';

/** The routes that exist for people: the home page, the stylesheet every page links to, the upload page's script. */
export const pageRoutes = (deps: () => HomeDeps & { readonly now: () => Date }): Route[] => [
  {
    method: 'GET',
    path: '/',
    produces: jsonOrHtml,
    handler: async (event) =>
      represent(event, await homeOverview(deps(), deps().now()), homePage, {
        // The newest records as lists show them: no storage keys, each with its links.
        json: (home) => ({
          ...home,
          latestPapers: home.latestPapers.map(publicItem(paperLinks)),
          changedDatasets: home.changedDatasets.map(publicItem(datasetLinks)),
        }),
      }),
  },
  {
    method: 'GET',
    path: '/search',
    // The home page's search box: the search lives at /v1/search, for people and programs alike.
    handler: async (event) => {
      const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
      return { statusCode: 302, headers: { location: `/v1/search${query}` } };
    },
  },
  {
    method: 'GET',
    path: '/assets/{file}',
    // The file's name holds its content's hash: a new stylesheet or script gets a new address.
    cache: 'immutable',
    produces: ['text/css', 'text/javascript'],
    handler: async (event) => {
      if (event.rawPath === uploadScript.path)
        return {
          statusCode: 200,
          headers: { 'content-type': 'text/javascript; charset=utf-8' },
          body: uploadScript.js,
        };
      if (event.rawPath !== stylesheet.path)
        throw new NotFoundError(`There is no asset ${event.rawPath}.`);
      return {
        statusCode: 200,
        headers: { 'content-type': 'text/css; charset=utf-8' },
        body: await stylesheet.css(),
      };
    },
  },
];
