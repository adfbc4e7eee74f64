import { type CatalogConfig, openGovernmentLicence } from '../domain/catalog/catalog-config.ts';

/**
 * What the catalogues say of the publisher, from the environment; the defaults make a valid
 * catalogue for a trial, and a council sets its own before portals harvest it.
 */
export const readCatalogConfig = (
  env: NodeJS.ProcessEnv = process.env,
): Omit<CatalogConfig, 'homepage'> & { homepage: string | undefined } => ({
  title: env.CATALOG_TITLE ?? 'Council papers and open data',
  description:
    env.CATALOG_DESCRIPTION ??
    'Datasets published by the council, with their schemas, validation reports and every version.',
  publisherName: env.CATALOG_PUBLISHER ?? 'The council',
  homepage: env.CATALOG_HOMEPAGE,
  defaultLicence: env.CATALOG_LICENCE ?? openGovernmentLicence,
  contact: {
    name: env.CATALOG_CONTACT_NAME ?? 'Open data team',
    email: env.CATALOG_CONTACT_EMAIL ?? 'opendata@example.org',
  },
  keywords: (env.CATALOG_KEYWORDS ?? 'local government,council,open data')
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean),
});
