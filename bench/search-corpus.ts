/**
 * A deterministic archive of council papers for the search bench: realistic enough that the index
 * meets what a real archive gives it (a Zipf-shaped vocabulary of council words, a long tail of
 * names, places, amounts and references), generated from a seed so every run indexes the same text.
 */

/** A small fast PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export const prng = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const functionWords =
  'the of and to in that a for is be by with on as this are at will from it or which an not have has been would should was were its their any all these may there also such other into than more under within'.split(
    ' ',
  );

const councilWords =
  'council committee cabinet report recommendation recommendations budget officer officers member members meeting minutes agenda item resolved approved noted agreed decision decisions planning application applications development housing highways transport school schools education children adult social care health wellbeing services service provision contract contracts procurement funding grant grants capital revenue expenditure income savings forecast outturn quarter financial year strategy policy policies consultation residents community communities ward wards councillor councillors chair chairman vice scrutiny overview select panel board executive portfolio holder director assistant head corporate resources finance audit risk governance assurance internal external performance indicators targets delivery programme project projects scheme schemes proposal proposals option options assessment impact equality environmental climate carbon emissions net zero waste recycling collection parks leisure library libraries museum culture heritage conservation area listed building enforcement licensing licence premises taxi hackney private hire alcohol gambling street trading markets economic regeneration growth business businesses employment skills apprenticeships town centre high street car parking charges fees tariff increase reduction inflation pressures pay award pension reserves general fund balances treasury management borrowing investment prudential indicators minimum provision asset assets property estates disposal acquisition lease freehold land site sites allocation local plan neighbourhood infrastructure levy section agreement affordable homes dwellings tenants rent repairs maintenance void properties homelessness temporary accommodation allocations register safeguarding looked after care leavers fostering adoption special educational needs disabilities transport mainstream academy trust governors admissions places pupils attainment ofsted inspection rating improvement plan action actions monitoring update progress quarterly annual review terms reference constitution standing orders declarations interest pecuniary disclosable apologies absence substitute quorum urgent business exempt information paragraph schedule public excluded press confidential commercially sensitive legal implications human rights data protection freedom information complaints ombudsman members enquiries petition petitions deputation questions motion amendment seconded proposed carried lost vote votes favour against abstention abstentions unanimously recorded'.split(
    ' ',
  );

const commonWords =
  'however therefore following including regarding between during before after because through against across without towards although whether where when while since until about above below around along among behind beyond despite except inside outside near over past per plus round than though till unlike upon versus via further significant number level levels total increase increased decrease overall current previous next last first second third new existing proposed additional key main major minor wider broader specific particular general relevant appropriate necessary required important clear detailed full final initial interim ongoing recent future early late long short high low good poor strong weak positive negative small large local national regional central joint shared partnership partners provider providers stakeholders organisation organisations sector voluntary private public statutory duty duties responsibility responsibilities role roles team teams staff workforce recruitment retention vacancy vacancies training support supported supporting provide provided providing ensure ensuring continue continued continuing consider considered considering receive received receiving request requested requesting agree delegate delegated authority approve approval endorse endorsed note notes set out attached appendix appendices background summary introduction conclusion conclusions reasons alternative alternatives considered rejected risks mitigation mitigations timescales timetable milestones resources implications legal financial staffing equalities sustainability'.split(
    ' ',
  );

const syllables =
  'ash bar ber bing brook burn by cal car chester cot dal den don ell en ers field ford gate ham har hill ing kirk lan land lea ley ling low mar mere mil minster mond moor ney nor ock port ridge ring ross sal sea shaw stan stead ston thorn ton vale wal well wick win wood worth'.split(
    ' ',
  );

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A word made of two or three syllables: names and places the vocabulary's long tail holds. */
const coined = (random: () => number) => {
  const parts = 2 + (random() < 0.3 ? 1 : 0);
  let word = '';
  for (let i = 0; i < parts; i++) word += pick(random, syllables);
  return word;
};

/** The vocabulary by rank: council words first, then common English, then a long tail of names. */
const vocabulary = (random: () => number): string[] => {
  const tail = new Set<string>();
  while (tail.size < 12_000) tail.add(coined(random));
  return [...councilWords, ...commonWords, ...[...tail].map(capital)];
};

/** Draws ranks with probability ∝ 1 / rank^s (Zipf), by binary search over the cumulative weights. */
const zipf = (size: number, exponent: number, random: () => number) => {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
};

/** One generated paper: what the search index is given for a paper. */
export interface GeneratedPaper {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly documentType: string;
  readonly meetingDate: string;
  readonly text: string;
}

const bodies = [
  'Cabinet',
  'Planning Committee',
  'Licensing Committee',
  'Audit and Governance Committee',
  "Children's and Education Select Committee",
  'Adult Social Care Scrutiny Panel',
  'Overview and Scrutiny Committee',
  'Full Council',
  'Health and Wellbeing Board',
  'Environment and Climate Select Committee',
];
const types = ['report', 'minutes', 'agenda', 'agenda-pack', 'appendix'];

/**
 * `count` papers of about `words` words each, from `seed`: sentences of council vocabulary drawn by
 * Zipf's law, sprinkled with amounts, planning references, dates and names.
 */
export function* generatePapers(
  count: number,
  words: number,
  seed: number,
): Generator<GeneratedPaper> {
  const random = prng(seed);
  const words_ = vocabulary(random);
  const draw = zipf(words_.length, 1.05, random);
  const word = () =>
    random() < 0.35 ? pick(random, functionWords) : (words_[draw()] as string).toLowerCase();
  const token = () => {
    const roll = random();
    if (roll < 0.01) return `£${Math.floor(random() * 5_000_000).toLocaleString('en-GB')}`;
    if (roll < 0.015)
      return `${20 + Math.floor(random() * 6)}/${String(Math.floor(random() * 99_999)).padStart(5, '0')}/FUL`;
    if (roll < 0.03)
      return capital(
        words_[councilWords.length + commonWords.length + Math.floor(random() * 12_000)] as string,
      );
    return word();
  };
  for (let n = 0; n < count; n++) {
    const year = 2014 + (n % 11);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const body = pick(random, bodies);
    const title = `${capital(word())} ${word()} ${word()}: ${capital(pick(random, councilWords))} ${pick(random, councilWords)}`;
    const paragraphs: string[] = [];
    let written = 0;
    let heading = 1;
    while (written < words) {
      paragraphs.push(
        `${heading}. ${capital(pick(random, councilWords))} ${pick(random, councilWords)}`,
      );
      heading++;
      for (let p = 0; p < 3 && written < words; p++) {
        const sentences: string[] = [];
        for (let s = 0; s < 4; s++) {
          const length = 8 + Math.floor(random() * 18);
          const sentence: string[] = [];
          for (let w = 0; w < length; w++) sentence.push(token());
          written += length;
          sentences.push(`${capital(sentence.join(' '))}.`);
        }
        paragraphs.push(sentences.join(' '));
      }
    }
    yield {
      id: `paper-${String(n).padStart(5, '0')}`,
      title,
      body,
      documentType: pick(random, types),
      meetingDate: `${year}-${month}-${day}`,
      text: paragraphs.join('\n\n'),
    };
  }
}
