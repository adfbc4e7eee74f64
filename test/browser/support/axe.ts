import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels checked: 2.0, 2.1 and 2.2, A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One failed rule, with the elements it failed on: enough to find and fix it. */
export interface Violation {
  readonly rule: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Rules outside the WCAG tags that still matter here: a table's header cells must name their
 * columns, or a screen reader reads each cell without saying what it is.
 */
export const tableRules = ['empty-table-header', 'td-has-header'] as const;

/**
 * Injects axe-core into the page as it stands (through the driver, which the page's CSP does not
 * block) and returns the violations of the rules tagged {@link wcagTags}, or of the rules named.
 */
export const axeViolations = async (
  page: Page,
  rules?: readonly string[],
): Promise<Violation[]> => {
  await page.evaluate(await axeSource);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: [...wcagTags] },
  };
  return page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    const results = await axe.run(document, runOptions);
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, options);
};
