import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analysePaper } from '../../../functions/domain/papers/read-paper.ts';
import { blankOcr } from '../../support/page-ocr.ts';
import { parseTruth, type ScoreResult, scoreOutputs } from '../../support/score/index.ts';

// The extractor on the real papers of the tuning set, scored with our port of the shared scorer.
// Floors sit just under the figures measured when they were set (`npm run bench:corpus`, 150
// papers since the first twelve check sets moved in), so a change that lowers quality fails here;
// raise them when quality rises. The check set is never
// read by a test: it is only reported.
const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const tuning = new URL('truth/tuning/', corpus);
const samples = new URL('truth/samples/', corpus);
const seeds = new URL('../../../seeds/', import.meta.url);

const floors = {
  overall: { precision: 0.92, recall: 0.67, f1: 0.78 },
  meetingDate: { precision: 1, recall: 0.88 },
  council: { precision: 0.99, recall: 0.59 },
  body: { precision: 0.99, recall: 0.71 },
  agendaItems: { precision: 0.91, recall: 0.69 },
  resolutions: { precision: 0.9, recall: 0.57 },
  'attendance.present': { precision: 0.98, recall: 0.69 },
  'attendance.inAttendance': { precision: 0.95, recall: 0.63 },
  authors: { precision: 0.99, recall: 0.58 },
  'attendance.apologies': { precision: 0.94, recall: 0.78 },
  declarations: { precision: 0.99, recall: 0.66 },
  actions: { precision: 0.74, recall: 0.45 },
  recommendations: { precision: 0.94, recall: 0.62 },
  venue: { precision: 0.98, recall: 0.6 },
  tables: { precision: 0.5, recall: 0.55 },
} as const;

/** The samples' floor: the issue asks F1 0.95 on them; measured 0.964 when set. */
const samplesFloor = { precision: 0.96, recall: 0.95, f1: 0.96 } as const;

const score = async (labels: URL, papers: URL): Promise<ScoreResult> => {
  const truth = readdirSync(labels)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => parseTruth(JSON.parse(readFileSync(new URL(name, labels), 'utf8')), name));
  const outputs = new Map<string, unknown>();
  for (const { seed } of truth) {
    const { extraction } = await analysePaper(readFileSync(new URL(seed, papers)), {
      ocr: blankOcr,
    });
    outputs.set(seed, JSON.parse(JSON.stringify(extraction)));
  }
  return scoreOutputs(truth, outputs);
};

describe('extraction on the real tuning papers', () => {
  it('stays at or above the floors set from measurement, family by family', async () => {
    // Act
    const result = await score(tuning, new URL('papers/', corpus));

    // Assess
    expect(Object.keys(result.documents).length).toBeGreaterThanOrEqual(150);
    expect(result.overall.precision).toBeGreaterThanOrEqual(floors.overall.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(floors.overall.recall);
    expect(result.overall.f1).toBeGreaterThanOrEqual(floors.overall.f1);
    const { overall: _overall, ...families } = floors;
    for (const [family, floor] of Object.entries(families)) {
      const figures = result.families[family as keyof typeof families];
      expect(figures?.precision, `${family} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(figures?.recall, `${family} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  }, 180_000);

  it('stays at or above the floor on the five samples', async () => {
    // Act
    const result = await score(samples, seeds);

    // Assess
    expect(Object.keys(result.documents)).toHaveLength(5);
    expect(result.overall.precision).toBeGreaterThanOrEqual(samplesFloor.precision);
    expect(result.overall.recall).toBeGreaterThanOrEqual(samplesFloor.recall);
    expect(result.overall.f1).toBeGreaterThanOrEqual(samplesFloor.f1);
  }, 60_000);
});
