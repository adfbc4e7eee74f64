/** Prints `bench/results.json` as one table: every section's figures, ratios and budgets. */
import { readResults } from './results.ts';

const results = readResults();
const number = (value: number) =>
  Math.abs(value) >= 100
    ? value.toFixed(0)
    : Math.abs(value) >= 10
      ? value.toFixed(1)
      : value.toPrecision(3);

console.log(
  `\nbench/results.json: node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGiB} GiB`,
);
const rows = Object.entries(results.sections).flatMap(([section, { figures }]) =>
  figures.map((figure) => ({
    section,
    figure: figure.name,
    median: `${number(figure.value)} ${figure.unit}`,
    runs: figure.runs,
    floor: figure.floor ? `${figure.floor.name} ${number(figure.floor.value)}` : '',
    ratio: figure.ratio === undefined ? '' : `${number(figure.ratio)}×`,
    budget: figure.budget
      ? `${figure.budget.on === 'ratio' ? 'ratio' : 'value'} ${[
          figure.budget.min === undefined ? '' : `≥ ${figure.budget.min}`,
          figure.budget.max === undefined ? '' : `≤ ${figure.budget.max}`,
        ]
          .filter(Boolean)
          .join(', ')}`
      : '',
    met: figure.met === undefined ? '' : figure.met ? 'yes' : 'NO',
  })),
);
console.table(rows);
