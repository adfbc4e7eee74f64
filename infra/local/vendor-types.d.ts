// The two stand-ins ship no type declarations; these cover the parts we use.
declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

declare module '@20minutes/s3rver' {
  import type { EventEmitter } from 'node:events';
  import type { AddressInfo } from 'node:net';

  interface S3rverOptions {
    address?: string;
    port?: number;
    directory: string;
    silent?: boolean;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    configureBuckets?: { name: string }[];
  }
  export interface S3rverEventRecord {
    eventName: string;
    eventTime: string;
    s3: {
      bucket: { name: string };
      object: { key: string; size?: number; eTag?: string; sequencer: string };
    };
  }
  export default class S3rver extends EventEmitter {
    constructor(options: S3rverOptions);
    /** Its FilesystemStore: the local stack captures each upload's version from it. */
    readonly store: { getResourcePath(bucket: string, key: string, resource: string): string };
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
