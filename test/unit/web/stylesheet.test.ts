import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stylesheet, stylesheetPathOf } from '../../../functions/web/assets/stylesheet.ts';

const installed = JSON.parse(
  readFileSync(
    new URL('../../../node_modules/govuk-frontend/package.json', import.meta.url),
    'utf8',
  ),
) as { version: string };

describe('the stylesheet', () => {
  it('was built from the govuk-frontend version installed (npm run build:css after a bump)', () => {
    expect(stylesheet.govukFrontend).toBe(installed.version);
  });

  it('uses the system font stack, never GDS Transport, and loads no fonts', async () => {
    const css = await stylesheet.css();
    expect(css).toContain('font-family:system-ui,');
    expect(css).not.toContain('GDS Transport');
    expect(css).not.toContain('@font-face');
  });

  it('has the GOV.UK classes the pages use', async () => {
    const css = await stylesheet.css();
    for (const name of ['.govuk-skip-link', '.govuk-summary-list', '.govuk-table', '.govuk-tag'])
      expect(css).toContain(name);
  });

  it('is served under a path named by its content', () => {
    expect(stylesheet.path).toMatch(/^\/assets\/site-[0-9a-f]{16}\.css$/);
  });

  it('is named by the CSS it was built with (npm run build:css writes both)', async () => {
    expect(stylesheet.path).toBe(stylesheetPathOf(await stylesheet.css()));
  });
});
