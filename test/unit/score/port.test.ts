import { describe, expect, it } from 'vitest';
import {
  Count,
  match,
  nameSim,
  normPages,
  parseTime,
  scoreDocument,
  sequenceRatio,
  textSim,
  timeEqual,
} from '../../support/score/index.ts';

describe('sequenceRatio (difflib.SequenceMatcher, autojunk off)', () => {
  // Values printed once by Python 3.11's difflib.SequenceMatcher(None, a, b, autojunk=False).ratio().
  it.each([
    ['abcd', 'bcde', 0.75],
    ['private Thread currentThread;', 'private volatile Thread currentThread;', 0.8656716417910447],
    ['apologies for absence', 'apologies for absense', 0.9523809523809523],
    ['the minutes of the meeting', 'minutes of meeting the', 0.75],
    ['aaaaabbbbb', 'bbbbbaaaaa', 0.5],
    ['abxcd', 'abcd', 0.8888888888888888],
    ['qabxcd', 'abycdf', 0.6666666666666666],
    ['', '', 1.0],
  ])('gives Python’s ratio for %j and %j', (a, b, expected) => {
    // Act
    const ratio = sequenceRatio(a, b);

    // Assess
    expect(ratio).toBe(expected);
  });

  it('does not treat popular characters as junk in long strings (autojunk=False)', () => {
    // Prepare: with autojunk on, Python gives 0.0 here; with it off, 0.6.
    const a = 'a'.repeat(150) + 'b'.repeat(100);
    const b = 'b'.repeat(100) + 'a'.repeat(150);

    // Act
    const ratio = sequenceRatio(a, b);

    // Assess
    expect(ratio).toBe(0.6);
  });
});

describe('names', () => {
  it('matches a forename against its initial, ignoring titles and a bracketed role', () => {
    // Act
    const score = nameSim('Cllr Sue Chandler (Chair)', 'S Chandler');

    // Assess
    expect(score).toBe(0.95);
  });

  it('accepts a near surname but not different initials', () => {
    // Act
    const near = nameSim('Councillor Ahmed Hussein', 'A Hussain');
    const other = nameSim('Cllr J Smith', 'Cllr K Smith');

    // Assess
    expect([near, other]).toEqual([0.85, 0.0]);
  });
});

describe('times and pages', () => {
  it.each([
    ['7.30 pm', '19:30'],
    ['12.15 a.m.', '00:15'],
    ['12 noon', '12:00'],
    ['10.30 hrs', '10:30'],
    ['١٠:٣٠', '10:30'],
    ['13:00 pm', null],
    ['0930', null],
  ])('reads %j as %j', (text, expected) => {
    // Act
    const time = parseTime(text);

    // Assess
    expect(time).toBe(expected);
  });

  it('compares a 12-hour time with a 24-hour one, and page ranges without their words', () => {
    // Act
    const same = timeEqual('19:30', '7.30 pm');
    const pages = normPages('pp. 5 to 10') === normPages('Pages 5 - 10');

    // Assess
    expect([same, pages]).toEqual([true, true]);
  });
});

describe('matching and counting', () => {
  it('takes the best pairs first and breaks ties by truth order, then prediction order', () => {
    // Prepare
    const truth: Array<readonly [string, boolean]> = [
      ['to approve the minutes', false],
      ['to approve the minutes', false],
    ];
    const preds = ['To approve the minutes.', 'to approve the minutes'];

    // Act
    const { pairs } = match(truth, preds, textSim, 0.8);

    // Assess
    expect(pairs.map(({ ti, pi }) => [ti, pi])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it('counts a prediction matching an optional item as neither right nor wrong', () => {
    // Prepare
    const doc = {
      seed: 'x.txt',
      resolutions: [
        { text: 'to approve the budget' },
        { text: 'to note the report', optional: true },
      ],
      uncertain: {},
    };
    const output = {
      resolutions: [{ text: 'To note the report' }, { text: 'To approve the budget' }],
    };

    // Act
    const counts = scoreDocument(doc, output).resolutions.result();

    // Assess
    expect(counts).toEqual({
      ...new Count().result(),
      tp: 1,
      predicted: 1,
      truth: 1,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });
});
