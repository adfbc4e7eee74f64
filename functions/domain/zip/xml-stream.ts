/**
 * What a reader does with the elements of an XML part; names keep their prefix (`text:p`). A
 * self-closing element (`<c/>`) is opened and closed, like any other.
 */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/**
 * Parses an XML part as its bytes come, one chunk at a time, so a sheet of a million rows is never
 * held: after each chunk, `drain` hands over what the handlers produced from it. Stopping early
 * (a `break` in the caller, or `done`) closes the part's stream. saxes expands no
 * external entities and no entity definitions, so neither XXE nor "billion laughs" reach the reader.
 */
export async function* parseXml<T>(
  chunks: AsyncIterable<Uint8Array>,
  handlers: XmlHandlers,
  drain: () => readonly T[],
  /** Checked after each chunk: true once the reader has all it wants, which ends the parse. */
  done: () => boolean = () => false,
): AsyncIterable<T> {
  // Loaded with the first spreadsheet or ODT, not at cold start.
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(tag.name, tag.attributes as Record<string, string>));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(tag.name));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield* drain();
    if (done()) return;
  }
  parser.write(decoder.decode());
  parser.close();
  yield* drain();
}

/** Runs a parse for its side effects on the handlers. */
export const parseXmlWhole = async (
  chunks: AsyncIterable<Uint8Array>,
  handlers: XmlHandlers,
): Promise<void> => {
  for await (const _ of parseXml(chunks, handlers, () => [])) {
    // Nothing is produced: the handlers keep what they need.
  }
};
