import type { DigestEntry, DigestStore } from '../../ports/digest-store.ts';
import type { PageRequest } from '../../ports/page.ts';

export class MemoryDigestStore implements DigestStore {
  readonly entries: DigestEntry[] = [];

  async latest() {
    return this.entries.at(-1);
  }

  async get(number: number) {
    return this.entries.find((entry) => entry.number === number);
  }

  async putIfAbsent(entry: DigestEntry) {
    if (this.entries.some((existing) => existing.number === entry.number)) return false;
    this.entries.push(entry);
    this.entries.sort((a, b) => a.number - b.number);
    return true;
  }

  async list(page: PageRequest) {
    const after = page.cursor === undefined ? 0 : Number(page.cursor);
    const rest = this.entries.filter((entry) => entry.number > after);
    const items = rest.slice(0, page.limit);
    const last = items.at(-1);
    return { items, next: rest.length > page.limit && last ? String(last.number) : null };
  }
}
