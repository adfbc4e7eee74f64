import { describe, expect, it } from 'vitest';
import { describedMetadata } from '../../../functions/cli/upload.ts';
import { encodeMetadataValue, metadataText } from '../../../functions/domain/upload-metadata.ts';

describe('upload metadata text', () => {
  it('reads back a non-ASCII description the CLI sent as an encoded word', () => {
    // Prepare
    const sent = encodeMetadataValue('Cabinet – 9 May, Llandŵ');

    // Act
    const read = metadataText({ title: sent }, 'title');

    // Assess
    expect(sent).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    expect(read).toBe('Cabinet – 9 May, Llandŵ');
  });

  it('leaves ASCII as it is and trims it', () => {
    // Prepare
    const metadata = { source: '  https://example.org/minutes  ' };

    // Act
    const read = metadataText(metadata, 'source');

    // Assess
    expect(encodeMetadataValue('Open Government Licence v3.0')).toBe(
      'Open Government Licence v3.0',
    );
    expect(read).toBe('https://example.org/minutes');
  });

  it('answers null for a blank or absent field, and reads `license` as the licence', () => {
    // Prepare
    const metadata = { description: '   ', license: 'CC-BY-4.0' };

    // Act
    const read = [
      metadataText(metadata, 'description'),
      metadataText(metadata, 'publisher'),
      metadataText(metadata, 'licence'),
    ];

    // Assess
    expect(read).toEqual([null, null, 'CC-BY-4.0']);
  });

  it('turns the CLI flags into the metadata names the ingest reads, leaving out blank ones', () => {
    // Prepare
    const flags = { title: 'Budget 2024', source: 'Finance system', publisher: ' ' };

    // Act
    const metadata = describedMetadata(flags);

    // Assess
    expect(metadata).toEqual({ title: 'Budget 2024', source: 'Finance system' });
  });
});
