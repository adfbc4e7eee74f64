import { execFileSync, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { blankOcr } from '../../support/page-ocr.ts';
import * as port from '../../support/score/index.ts';
import { truthAsOutput } from './truth-as-output.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const SCORER = process.env.SHARED_SCORER ?? here('../../../../shared/tools/score_extraction.py');
const SYNTHETIC = here('../../fixtures/score/synthetic/');
const TUNING = here('../../fixtures/corpus/truth/tuning/');
const PAPERS = here('../../fixtures/corpus/papers/');
const unavailable = spawnSync('python3', ['--version']).status !== 0 || !existsSync(SCORER);

const work = mkdtempSync(join(tmpdir(), 'score-parity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const pythonScore = (truth: string, outputs: string, threshold: number): port.ScoreResult =>
  JSON.parse(
    execFileSync(
      'python3',
      [SCORER, '--truth', truth, '--outputs', outputs, '--json', '--threshold', String(threshold)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    ),
  ) as port.ScoreResult;

/** tp / predicted / truth per family per document, and the same for the micro-averaged families. */
const counts = (result: port.ScoreResult) => ({
  documents: Object.fromEntries(
    Object.entries(result.documents).map(([seed, entry]) => [
      seed,
      Object.fromEntries(
        Object.entries(entry.families).map(([family, c]) => [family, [c.tp, c.predicted, c.truth]]),
      ),
    ]),
  ),
  families: Object.fromEntries(
    Object.entries(result.families).map(([family, c]) => [family, [c.tp, c.predicted, c.truth]]),
  ),
});

/** The whole result, minus the JSON parser's own wording in problems (Python's and Node's differ). */
const comparable = (result: port.ScoreResult) => {
  const plain = (problem: string) => problem.replace(/^(unreadable output [^:]+):.*$/, '$1');
  return {
    ...result,
    documents: Object.fromEntries(
      Object.entries(result.documents).map(([seed, entry]) => [
        seed,
        entry.problem === undefined ? entry : { ...entry, problem: plain(entry.problem) },
      ]),
    ),
    problems: result.problems.map(plain),
  };
};

/** The tuning labels merged into one truth file (the check set is never read here). */
const tuningTruth = (): port.TruthDocument[] =>
  readdirSync(TUNING)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => port.loadTruth(join(TUNING, name)));

const writeCase = (name: string, truth: port.TruthDocument[], outputs: Map<string, unknown>) => {
  const dir = join(work, name);
  mkdirSync(join(dir, 'outputs'), { recursive: true });
  writeFileSync(join(dir, 'truth.json'), JSON.stringify({ seeds: truth }));
  for (const [seed, output] of outputs) {
    writeFileSync(join(dir, 'outputs', `${seed}.json`), JSON.stringify(output));
  }
  return { truth: join(dir, 'truth.json'), outputs: join(dir, 'outputs') };
};

describe('the TypeScript scorer against score_extraction.py', () => {
  it.skipIf(unavailable).each([0.8, 0.6, 0.95])(
    'gives the same numbers on the synthetic fixtures at threshold %s',
    (threshold) => {
      // Prepare
      const truthPath = join(SYNTHETIC, 'truth.json');
      const outputs = join(SYNTHETIC, 'outputs');

      // Act
      const python = pythonScore(truthPath, outputs, threshold);
      const ported = port.scoreAll(port.loadTruth(truthPath), outputs, threshold);

      // Assess
      expect(Object.keys(ported.documents)).toHaveLength(7);
      expect(counts(ported)).toEqual(counts(python));
      expect(comparable(ported)).toEqual(comparable(python));
    },
  );

  it.skipIf(unavailable)(
    'gives the same numbers on the extractor’s outputs for the tuning papers',
    async () => {
      // Prepare
      const truth = tuningTruth();
      const outputs = new Map<string, unknown>();
      for (const doc of truth) {
        // A paper the extractor (being edited elsewhere) cannot read scores as missing on both sides.
        const analysis = await analysePaper(readFileSync(join(PAPERS, doc.seed)), {
          ocr: blankOcr,
        }).catch(() => null);
        if (analysis) outputs.set(doc.seed, analysis.extraction);
      }
      const files = writeCase('extractor', truth, outputs);

      // Act
      const python = pythonScore(files.truth, files.outputs, 0.8);
      const ported = port.scoreAll(truth, files.outputs, 0.8);

      // Assess
      expect(counts(ported)).toEqual(counts(python));
      expect(comparable(ported)).toEqual(comparable(python));
      expect(counts(port.scoreOutputs(truth, outputs))).toEqual(counts(python));
    },
    120_000,
  );

  it.skipIf(unavailable)(
    'gives the same numbers on damaged copies of the tuning labels',
    () => {
      // Prepare
      const truth = tuningTruth();
      const outputs = new Map(truth.map((doc) => [doc.seed, truthAsOutput(doc)]));
      const files = writeCase('damaged', truth, outputs);

      // Act
      const python = pythonScore(files.truth, files.outputs, 0.8);
      const ported = port.scoreAll(truth, files.outputs, 0.8);

      // Assess
      expect(counts(ported)).toEqual(counts(python));
      expect(comparable(ported)).toEqual(comparable(python));
    },
    60_000,
  );

  it.skipIf(unavailable)(
    'normalises and compares generated strings exactly as Python does',
    () => {
      // Prepare
      const pieces = [
        'the',
        'The',
        'Cllr',
        'Mr',
        'OBE',
        'Sue',
        'S',
        'S.',
        'Chandler',
        'Hussein',
        'Hussain',
        'A',
        '&',
        'and',
        '—',
        '–',
        '-',
        '’',
        "'",
        '“',
        ',',
        ';',
        '.',
        ':',
        '(Chair)',
        'pp',
        'p.',
        'Page',
        'to',
        'Item',
        'No.',
        '#',
        '7.30',
        'pm',
        'a.m.',
        '10:30',
        '12',
        'noon',
        '٣',
        '\u00a0',
        '\f',
        '\u2028',
        'ﬁ',
        'Ⅻ',
        'minutes',
        'report',
        'agenda',
        'pack',
        'of',
        'meeting',
        'é',
        '𝟑',
      ];
      const phrase = fc
        .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '  ', '\t')), {
          maxLength: 20,
        })
        .map((words) => words.map(([w, sep]) => w + sep).join(''));
      const pairs = fc.sample(fc.tuple(phrase, phrase), { seed: 7, numRuns: 1500 });
      const raw = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'd'), maxLength: 120 });
      const rawPairs = fc.sample(fc.tuple(raw, raw), { seed: 8, numRuns: 1500 });
      const script = [
        'import difflib, importlib.util, json, sys',
        `spec = importlib.util.spec_from_file_location("scorer", ${JSON.stringify(SCORER)})`,
        'm = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)',
        'd = json.load(sys.stdin)',
        'raw = [difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() for a, b in d["raw"]]',
        'fns = [[m.norm_text(a), m.scalar_norm(a), m.tokens(a), m.name_tokens(a), m.parse_time(a),',
        '  m.norm_pages(a), m.norm_num(a), m.map_doc_type(a), m.text_sim(a, b), m.title_sim(a, b),',
        '  m.name_sim(a, b), m.author_sim(a, b), m.time_equal(a, b)] for a, b in d["pairs"]]',
        'json.dump({"raw": raw, "fns": fns}, sys.stdout)',
      ].join('\n');

      // Act
      const python = JSON.parse(
        execFileSync('python3', ['-c', script], {
          input: JSON.stringify({ raw: rawPairs, pairs }),
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        }),
      ) as { raw: number[]; fns: unknown[] };
      const raws = rawPairs.map(([a, b]) => port.sequenceRatio(a, b));
      const fns = pairs.map(([a, b]) => [
        port.normText(a),
        port.scalarNorm(a),
        port.tokens(a),
        port.nameTokens(a),
        port.parseTime(a),
        port.normPages(a),
        port.normNum(a),
        port.mapDocType(a),
        port.textSim(a, b),
        port.titleSim(a, b),
        port.nameSim(a, b),
        port.authorSim(a, b),
        port.timeEqual(a, b),
      ]);

      // Assess
      expect(raws).toEqual(python.raw);
      expect(fns).toEqual(python.fns);
    },
    60_000,
  );
});
