import type { Page } from 'playwright-core';

/** The element that has the keyboard's focus, as a person would see it. */
export interface Focused {
  /** Its text, or the label a screen reader would read when it has none (an input's id). */
  readonly text: string;
  readonly href: string | null;
  /** It shows where the focus is: a visible outline or a box shadow on `:focus`. */
  readonly indicated: boolean;
  readonly inMain: boolean;
}

/** What has the focus now, and whether its computed style shows it. */
export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body)
      return { text: '', href: null, indicated: false, inMain: false };
    const style = getComputedStyle(element);
    const transparent = (colour: string) =>
      colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);
    const outline =
      style.outlineStyle !== 'none' &&
      Number.parseFloat(style.outlineWidth) > 0 &&
      !transparent(style.outlineColor);
    const shadow = style.boxShadow !== 'none';
    return {
      text: element.innerText.trim() || element.id,
      href: element.getAttribute('href'),
      indicated: element.matches(':focus') && (outline || shadow),
      inMain: element.closest('main') !== null,
    };
  });

/**
 * Presses Tab until the focus is on an element matching `wanted` (at most `limit` times), as a
 * keyboard user does; returns it, or fails saying where the focus went instead.
 */
export const tabTo = async (
  page: Page,
  wanted: (element: Focused) => boolean,
  limit = 40,
): Promise<Focused> => {
  const visited: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (wanted(element)) return element;
    visited.push(element.text);
  }
  throw new Error(`Tab never reached the element; it went through: ${visited.join(' | ')}`);
};
