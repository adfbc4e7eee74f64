import { vi } from 'vitest';

/** The JSON lines a piece writes to stdout and stderr, parsed; `restore` puts the streams back. */
export interface CapturedOutput {
  readonly stdout: () => Record<string, unknown>[];
  readonly stderr: () => Record<string, unknown>[];
  restore(): void;
}

const capture = (stream: NodeJS.WriteStream) => {
  const chunks: string[] = [];
  const spy = vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
    return true;
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { lines, restore: () => spy.mockRestore() };
};

/** Captures what Powertools' own `Console` instances write (they hold the process streams). */
export const captureOutput = (): CapturedOutput => {
  const out = capture(process.stdout);
  const err = capture(process.stderr);
  return {
    stdout: out.lines,
    stderr: err.lines,
    restore: () => {
      out.restore();
      err.restore();
    },
  };
};
