/**
 * The directory of an OLE2 compound file (Microsoft's "CFB": Word 97–2003 `.doc`, Excel `.xls`),
 * read with every bound checked: each sector inside the file, each chain of sectors ending before
 * it repeats a sector, each directory entry reached once. A reader that trusts these structures
 * loops for ever on a chain that comes back on itself; this one says what is wrong instead.
 */
export interface OleDirectory {
  /** The names of the streams at the root of the file (`WordDocument`, `Workbook`…). */
  readonly rootStreams: ReadonlySet<string>;
}

/** A compound file whose structure is broken, with the structure named. */
export class OleStructureError extends Error {
  override readonly name = 'OleStructureError';
}

const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Any sector number from here up is a marker (end of chain, free, FAT or DIFAT sector). */
const firstMarker = 0xfffffffa;
const noStream = 0xffffffff;
const entryBytes = 128;

/** True when the bytes open with the OLE2 signature. */
export const isOle = (bytes: Uint8Array): boolean =>
  bytes.length >= 512 && signature.every((byte, index) => bytes[index] === byte);

/**
 * Reads the directory of an OLE2 compound file, checking every chain a reader would follow.
 *
 * @example readOleDirectory(docBytes).rootStreams.has('WordDocument') // true
 */
export const readOleDirectory = (bytes: Uint8Array): OleDirectory => {
  if (!isOle(bytes)) throw new OleStructureError('it does not start with the OLE2 signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(30, true);
  if (sectorShift !== 9 && sectorShift !== 12)
    throw new OleStructureError(`its sector size (2^${sectorShift}) is not 512 or 4096 bytes`);
  const sectorSize = 1 << sectorShift;
  const miniSectorSize = 1 << view.getUint16(32, true);
  if (miniSectorSize !== 64) throw new OleStructureError('its mini sector size is not 64 bytes');
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const sector = (id: number) => bytes.subarray((id + 1) * sectorSize, (id + 2) * sectorSize);
  const int = (offset: number) => view.getUint32(offset, true);

  const fat = readFat(bytes, view, sectorSize, sectorCount);
  const chain = (start: number, table: Uint32Array, limit: number, what: string): number[] => {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id < firstMarker; id = table[id] ?? firstMarker) {
      if (id >= limit) throw new OleStructureError(`${what} points past the end of the file`);
      if (seen.has(id)) throw new OleStructureError(`${what} comes back on itself`);
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };

  const directory = concat(chain(int(48), fat, sectorCount, 'the directory').map(sector));
  const entryCount = Math.floor(directory.length / entryBytes);
  const entry = (index: number) => {
    const at = index * entryBytes;
    const entryView = new DataView(directory.buffer, directory.byteOffset + at, entryBytes);
    const nameBytes = Math.min(Math.max(entryView.getUint16(64, true) - 2, 0), 62);
    return {
      name: Buffer.from(directory.subarray(at, at + nameBytes)).toString('utf16le'),
      type: entryView.getUint8(66),
      left: entryView.getUint32(68, true),
      right: entryView.getUint32(72, true),
      child: entryView.getUint32(76, true),
      start: entryView.getUint32(116, true),
      size: entryView.getInt32(120, true),
    };
  };
  const root = entryCount > 0 ? entry(0) : undefined;
  if (root?.type !== 5) throw new OleStructureError('its directory has no root entry');

  const miniFatIds = chain(int(60), fat, sectorCount, 'the mini allocation table');
  if (miniFatIds.length !== int(64))
    throw new OleStructureError('the mini allocation table is not the length its header says');
  const miniFat = toTable(concat(miniFatIds.map(sector)));
  const miniStreamSectors = chain(root.start, fat, sectorCount, 'the mini stream').length;
  const miniSectorLimit = (miniStreamSectors * sectorSize) / miniSectorSize;
  const cutoff = view.getInt32(56, true);

  // Every entry reached from the root once; each stream's chain checked as a reader follows it.
  const rootStreams = new Set<string>();
  const reached = new Set<number>([0]);
  // Depth first without recursion, so a directory nested 100,000 storages deep costs no stack.
  const pending: [index: number, atRoot: boolean][] = [[root.child, true]];
  while (pending.length > 0) {
    const [index, atRoot] = pending.pop() ?? [noStream, false];
    if (index === noStream) continue;
    if (index >= entryCount) throw new OleStructureError('a directory entry points past the end');
    if (reached.has(index)) throw new OleStructureError('the directory comes back on itself');
    reached.add(index);
    const found = entry(index);
    pending.push([found.left, atRoot], [found.right, atRoot]);
    if (found.type === 1) pending.push([found.child, false]);
    if (found.type !== 2) continue;
    if (atRoot) rootStreams.add(found.name);
    const what = `stream "${found.name}"`;
    if (found.size < cutoff) chain(found.start, miniFat, miniSectorLimit, what);
    else chain(found.start, fat, sectorCount, what);
  }
  return { rootStreams };
};

/** The sector allocation table: the sectors the header and the DIFAT chain list, in order. */
const readFat = (
  bytes: Uint8Array,
  view: DataView,
  sectorSize: number,
  sectorCount: number,
): Uint32Array => {
  const fatSectors = view.getUint32(44, true);
  if (fatSectors > sectorCount)
    throw new OleStructureError('its allocation table is larger than the file');
  const ids: number[] = [];
  for (let index = 0; index < Math.min(fatSectors, 109); index++)
    ids.push(view.getUint32(76 + index * 4, true));
  const seen = new Set<number>();
  let next = view.getUint32(68, true);
  const perSector = sectorSize / 4 - 1;
  while (ids.length < fatSectors) {
    const at = (next + 1) * sectorSize;
    if (next >= sectorCount || at + sectorSize > bytes.length || seen.has(next))
      throw new OleStructureError('its allocation table list (DIFAT) is broken');
    seen.add(next);
    for (let index = 0; index < perSector && ids.length < fatSectors; index++)
      ids.push(view.getUint32(at + index * 4, true));
    next = view.getUint32(at + perSector * 4, true);
  }
  if (ids.some((id) => id >= sectorCount))
    throw new OleStructureError('its allocation table lies past the end of the file');
  return toTable(
    concat(ids.map((id) => bytes.subarray((id + 1) * sectorSize, (id + 2) * sectorSize))),
  );
};

const concat = (parts: readonly Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

const toTable = (bytes: Uint8Array): Uint32Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = new Uint32Array(Math.floor(bytes.length / 4));
  for (let index = 0; index < table.length; index++) table[index] = view.getUint32(index * 4, true);
  return table;
};
