import { describe, expect, it } from 'vitest';
import { ChromiumMissingError, chromiumPath } from '../../browser/support/site.ts';

describe('finding Chromium for the browser tests', () => {
  it('takes the binary CHROMIUM_PATH names', async () => {
    // Prepare
    const env = { CHROMIUM_PATH: process.execPath };

    // Act
    const path = await chromiumPath(env);

    // Assess
    expect(path).toBe(process.execPath);
  });

  it('fails, saying how to install Chromium, when there is none where it looks', async () => {
    // Prepare
    const env = { CHROMIUM_PATH: '/nowhere/chromium' };

    // Act
    const found = chromiumPath(env);

    // Assess
    await expect(found).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(found).rejects.toThrow(
      /found none at \/nowhere\/chromium\. Install it with `apt-get update && apt-get install -y chromium`/,
    );
  });
});
