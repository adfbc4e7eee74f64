import { createHash } from 'node:crypto';

export const sha256Hex = (data: Uint8Array | string): string =>
  createHash('sha256').update(data).digest('hex');

/** A SHA-256 fed a chunk at a time, for objects never held whole. */
export const sha256Stream = () => {
  const hash = createHash('sha256');
  return {
    update: (chunk: Uint8Array) => void hash.update(chunk),
    hex: () => hash.digest('hex'),
  };
};
