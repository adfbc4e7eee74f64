import { describe, expect, it } from 'vitest';
import { Html, html, htmlDocument } from '../../../functions/web/html.ts';

describe('the html template', () => {
  it('escapes every interpolated value as text', () => {
    const title = '<script>alert(1)</script> & "quotes" \'too\'';

    const markup = html`<p title="${title}">${title}</p>`.toString();

    expect(markup).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;</p>',
    );
  });

  it('keeps markup made by the same template, and escapes inside it', () => {
    const item = (text: string) => html`<li>${text}</li>`;

    const markup = html`<ul>${['a<b', 'c&d'].map(item)}</ul>`.toString();

    expect(markup).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    const markup = html`<p>${null}${undefined}${false}${0}${42}</p>`.toString();

    expect(markup).toBe('<p>042</p>');
  });

  it('cannot be given raw markup from outside the module', () => {
    const forged = () => new Html('<script>alert(1)</script>', Symbol('html'));

    expect(forged).toThrow(TypeError);
  });

  it('makes a whole document with its doctype', () => {
    expect(htmlDocument(html`<html lang="en"></html>`)).toBe(
      '<!DOCTYPE html>\n<html lang="en"></html>\n',
    );
  });
});
