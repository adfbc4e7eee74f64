import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uploadScript } from '../../../functions/web/assets/scripts.ts';

describe('the upload page script', () => {
  it('is the embedded upload.js as it stands (npm run build:css after changing it)', () => {
    // Prepare
    const source = readFileSync(
      new URL('../../../functions/web/assets/upload.js', import.meta.url),
      'utf8',
    );

    // Assess
    expect(uploadScript.js).toBe(source);
  });

  it('is served under a path named by its content', () => {
    expect(uploadScript.path).toMatch(/^\/assets\/upload-[0-9a-f]{16}\.js$/);
  });

  it('never writes markup: no innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    expect(uploadScript.js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
