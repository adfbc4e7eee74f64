import { type CatalogConfig, openGovernmentLicence } from '../domain/catalog/catalog-config.ts';
import type { Logger } from '../ports/logger.ts';

/** The catalogue settings a council must make its own, with the placeholder each starts as. */
const placeholders = {
  CATALOG_PUBLISHER: 'The council',
  CATALOG_CONTACT_NAME: 'Open data team',
  CATALOG_CONTACT_EMAIL: 'opendata@example.org',
} as const;

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
  publisherName: env.CATALOG_PUBLISHER ?? placeholders.CATALOG_PUBLISHER,
  homepage: env.CATALOG_HOMEPAGE,
  defaultLicence: env.CATALOG_LICENCE ?? openGovernmentLicence,
  contact: {
    name: env.CATALOG_CONTACT_NAME ?? placeholders.CATALOG_CONTACT_NAME,
    email: env.CATALOG_CONTACT_EMAIL ?? placeholders.CATALOG_CONTACT_EMAIL,
  },
  keywords: (env.CATALOG_KEYWORDS ?? 'local government,council,open data')
    .split(',')
    .map((keyword) => keyword.trim())
    .filter(Boolean),
});

/**
 * The environment variables whose catalogue values are still the placeholders (unset, or set to
 * the placeholder itself): portals would list the council's data as published by "The council".
 *
 * @example placeholderCatalogSettings({ CATALOG_PUBLISHER: 'Anytown Council' }) // ['CATALOG_CONTACT_NAME', 'CATALOG_CONTACT_EMAIL']
 */
export const placeholderCatalogSettings = (env: NodeJS.ProcessEnv = process.env): string[] =>
  Object.entries(placeholders)
    .filter(([name, placeholder]) => (env[name]?.trim() || placeholder) === placeholder)
    .map(([name]) => name);

/** The start-up warning while the catalogue still names placeholders, or nothing once it does not. */
export const warnOfPlaceholderCatalog = (
  logger: Pick<Logger, 'warn'>,
  env: NodeJS.ProcessEnv = process.env,
): void => {
  const unset = placeholderCatalogSettings(env);
  if (unset.length === 0) return;
  logger.warn(
    `The data catalogues still name the placeholder publisher and contact: set ${unset.join(', ')} to the council's own before portals harvest /v1/catalog.`,
    { settings: unset },
  );
};
