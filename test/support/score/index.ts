/**
 * A TypeScript port of `../shared/tools/score_extraction.py`: scores `council-papers extract --json`
 * outputs against truth labels (docs/extraction-truth.md) with the same numbers, without Python.
 */
export { Count, type CountResult, FAMILIES, type Family } from './count.ts';
export { match, scoreList } from './match.ts';
export {
  mapDocType,
  nameTokens,
  normNum,
  normPages,
  normText,
  parseTime,
  scalarNorm,
  timeEqual,
  tokens,
} from './normalise.ts';
export { scoreDocument } from './score.ts';
export {
  type DocumentResult,
  outputPath,
  type ScoreResult,
  scoreAll,
  scoreOutputs,
} from './score-all.ts';
export { sequenceRatio } from './sequence-matcher.ts';
export {
  actionSim,
  agendaSim,
  authorSim,
  documentSim,
  nameSim,
  ratio,
  tableSim,
  textSim,
  titleSim,
} from './similarity.ts';
export { loadTruth, parseTruth, type TruthDocument } from './truth.ts';
