import { posix } from 'node:path';
import { nestingBeyond, tooDeepMessage } from '../bounded-json.ts';
import { UploadRejectedError } from '../errors.ts';
import { validate as validDataPackage } from '../generated/data-package.js';
import { recordIdFrom } from '../identity.ts';
import { describeSchemaErrors } from '../schemas.ts';
import type { TableSchema } from './table-schema.ts';

/** One tabular resource of a package, resolved to where its bytes and schema are. */
export interface PackageResource {
  readonly name: string;
  /** The dataset it becomes: `<package>-<resource>`. */
  readonly id: string;
  /** The upload key of its file, or `undefined` when its rows are inline (`data`). */
  readonly key: string | undefined;
  readonly data: readonly unknown[] | undefined;
  readonly schema: TableSchema | undefined;
  /** A schema given by path, resolved to an upload key. */
  readonly schemaKey: string | undefined;
  /** Title, description, licence, publisher and source, as a dataset upload's metadata would give them. */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface DataPackage {
  readonly name: string;
  readonly resources: readonly PackageResource[];
  /** What was read past without doubt, such as a resource named from its path. */
  readonly warnings: readonly string[];
}

interface Descriptor {
  name?: string;
  title?: string;
  description?: string;
  homepage?: string;
  licenses?: License[];
  contributors?: { title?: string; role?: string }[];
  resources: {
    name?: string;
    path?: string;
    data?: unknown[];
    title?: string;
    description?: string;
    licenses?: License[];
    schema?: string | TableSchema;
  }[];
}

interface License {
  name?: string;
  title?: string;
  path?: string;
}

export const dataPackageFile = 'datapackage.json';

export const isDataPackageKey = (key: string): boolean =>
  posix.basename(key).toLowerCase() === dataPackageFile;

/**
 * The descriptors that could describe a file at `key`, nearest first: `datapackage.json` in its
 * folder and in each folder above it, up to `root` (resources may sit in subfolders, `data/q1.csv`).
 *
 * @example packageKeysFor('uploads/datasets/spend/data/q1.csv', 'uploads/datasets/')
 * // ['uploads/datasets/spend/data/datapackage.json', 'uploads/datasets/spend/datapackage.json', 'uploads/datasets/datapackage.json']
 */
export const packageKeysFor = (key: string, root: string): string[] => {
  const keys: string[] = [];
  for (
    let folder = posix.dirname(key);
    `${folder}/`.startsWith(root);
    folder = posix.dirname(folder)
  )
    keys.push(posix.join(folder, dataPackageFile));
  return keys;
};

/**
 * Resolves a resource path against the descriptor's folder. Frictionless allows URLs and paths
 * anywhere; we read only files uploaded beside the descriptor, so a package cannot pull in other
 * uploads or make the ingest fetch from the internet.
 */
const resolvePath = (folder: string, path: string, where: string): string => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path))
    throw new UploadRejectedError(
      'invalid-dataset',
      `${where}: "${path}" is a URL; upload the file beside datapackage.json and give its relative path.`,
    );
  const resolved = posix.normalize(posix.join(folder, path));
  if (path.startsWith('/') || !resolved.startsWith(`${folder}/`))
    throw new UploadRejectedError(
      'invalid-dataset',
      `${where}: "${path}" is outside the package's folder ${folder}/.`,
    );
  return resolved;
};

const licenceOf = (licenses: readonly License[] | undefined): string | undefined => {
  const first = licenses?.[0];
  return first?.name ?? first?.title ?? first?.path;
};

const defined = (entries: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );

/**
 * A resource's name from its path, as Frictionless tools name one: the file name without its
 * extension, in the characters a name may hold; `resource-N` for inline data.
 *
 * @example nameFromPath('data/Spend 2024-Q1.csv', 0) // 'spend-2024-q1'
 */
export const nameFromPath = (path: string | undefined, index: number): string => {
  const file = path === undefined ? '' : posix.basename(path).replace(/\.[^.]*$/, '');
  const name = file
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return name || `resource-${index + 1}`;
};

/**
 * Reads a Frictionless `datapackage.json` uploaded at `packageKey`: validates the descriptor,
 * resolves each resource's file and schema paths inside the package's folder, and names the
 * dataset each becomes. Throws a rejection that lists every problem with the descriptor.
 *
 * @example readDataPackage(bytes, 'uploads/datasets/spend/datapackage.json').resources[0].key
 * // 'uploads/datasets/spend/2024-q1.csv'
 */
export const readDataPackage = (bytes: Uint8Array, packageKey: string): DataPackage => {
  let descriptor: unknown;
  const text = new TextDecoder().decode(bytes);
  const deep = nestingBeyond(text);
  if (deep) throw new UploadRejectedError('invalid-dataset', tooDeepMessage(packageKey, deep));
  try {
    descriptor = JSON.parse(text);
  } catch (error) {
    throw new UploadRejectedError(
      'invalid-dataset',
      `${packageKey} is not JSON: ${(error as Error).message}`,
    );
  }
  const validate = validDataPackage;
  if (!validate(descriptor))
    throw new UploadRejectedError(
      'invalid-dataset',
      `${packageKey} is not a data package this service reads: ${describeSchemaErrors(validate.errors).join('; ')}`,
    );
  const pkg = descriptor as Descriptor;
  const folder = posix.dirname(packageKey);
  const name = pkg.name ?? posix.basename(folder);
  const names = new Set<string>();
  const warnings: string[] = [];
  const resources = pkg.resources.map((resource, index): PackageResource => {
    const resourceName = resource.name ?? nameFromPath(resource.path, index);
    if (resource.name === undefined)
      warnings.push(
        `${packageKey} resources[${index}] has no "name": named "${resourceName}" from ${resource.path === undefined ? 'its position' : `its path "${resource.path}"`}`,
      );
    const where = `${packageKey} resources[${index}] ("${resourceName}")`;
    if (names.has(resourceName))
      throw new UploadRejectedError('invalid-dataset', `${where}: the name is used twice.`);
    names.add(resourceName);
    if ((resource.path === undefined) === (resource.data === undefined))
      throw new UploadRejectedError(
        'invalid-dataset',
        `${where}: give either "path" (a file beside datapackage.json) or "data" (the rows inline).`,
      );
    const schema = typeof resource.schema === 'object' ? resource.schema : undefined;
    return {
      name: resourceName,
      id: recordIdFrom(`${name} ${resourceName}`, where),
      key: resource.path === undefined ? undefined : resolvePath(folder, resource.path, where),
      data: resource.data,
      schema,
      schemaKey:
        typeof resource.schema === 'string'
          ? resolvePath(folder, resource.schema, `${where} schema`)
          : undefined,
      metadata: defined({
        title: resource.title ?? (pkg.title ? `${pkg.title}: ${resourceName}` : undefined),
        description: resource.description ?? pkg.description,
        licence: licenceOf(resource.licenses) ?? licenceOf(pkg.licenses),
        publisher: pkg.contributors?.find((contributor) => contributor.role === 'publisher')?.title,
        source: pkg.homepage,
      }),
    };
  });
  return { name, resources, warnings };
};
