import { describe, expect, it } from 'vitest';
import {
  placeholderCatalogSettings,
  warnOfPlaceholderCatalog,
} from '../../../functions/config/catalog.ts';

const warnings = () => {
  const seen: { message: string; fields?: Record<string, unknown> }[] = [];
  return {
    seen,
    logger: {
      warn: (message: string, fields?: Record<string, unknown>) => seen.push({ message, fields }),
    },
  };
};

describe('the catalogue placeholder warning', () => {
  it('names every variable still unset or set to its placeholder', () => {
    // Prepare
    const env = { CATALOG_PUBLISHER: 'The council', CATALOG_CONTACT_EMAIL: 'data@anytown.gov.uk' };

    // Act
    const unset = placeholderCatalogSettings(env);

    // Assess
    expect(unset).toEqual(['CATALOG_PUBLISHER', 'CATALOG_CONTACT_NAME']);
  });

  it('warns once, naming the variables to set', () => {
    // Prepare
    const { seen, logger } = warnings();

    // Act
    warnOfPlaceholderCatalog(logger, {});

    // Assess
    expect(seen).toHaveLength(1);
    expect(seen[0]?.message).toContain(
      'set CATALOG_PUBLISHER, CATALOG_CONTACT_NAME, CATALOG_CONTACT_EMAIL',
    );
  });

  it('says nothing once the council has set its own publisher and contact', () => {
    // Prepare
    const { seen, logger } = warnings();
    const env = {
      CATALOG_PUBLISHER: 'Anytown Borough Council',
      CATALOG_CONTACT_NAME: 'Data team',
      CATALOG_CONTACT_EMAIL: 'data@anytown.gov.uk',
    };

    // Act
    warnOfPlaceholderCatalog(logger, env);

    // Assess
    expect(seen).toEqual([]);
  });
});
