import { findDate } from '../dates.ts';
import type { CleanLine } from './lines.ts';
import type { Recommendation, Resolution } from './model.ts';

/**
 * What a Norwegian municipality's case paper says of itself, as the case systems most of them use
 * print it: a case record ("saksprotokoll": "Plan- og utviklingsutvalgets behandling av sak
 * 24/2026 i møte den 02.09.2026:", then the debate, the votes and "VEDTAK" with the decision) or a
 * case report ("Saksframlegg", "Saksbehandler: …", the title, "Kommunedirektørens forslag til
 * vedtak:" with the proposal).
 */
export interface CasePaper {
  readonly kind: 'minutes' | 'report';
  readonly title: { value: string; line: number; endLine: number } | null;
  readonly body: { value: string; line: number } | null;
  readonly council: { value: string; line: number } | null;
  readonly meetingDate: { value: string; line: number } | null;
  readonly authors: string[];
  readonly resolutions: Resolution[];
  readonly recommendations: Recommendation[];
}

/** "Hovedutvalg helse og omsorgs behandling av sak 15/2025 i møte den 09.12.2025:". */
const caseRecordHead =
  /^(\p{Lu}[\p{L} -]{2,80}?)s\s+behandling\s+av\s+sak\s+(\d{1,4}\/\d{4})\s+i\s+møte\s+den\s+(\d{1,2}\.\d{1,2}\.\d{4}):?$/u;
/** The decision's heading: "VEDTAK", "Vedtak:", "PLUV-24/2026 Vedtak:" (not "Forslag til vedtak:"). */
const decisionHead = /^(?:[\p{Lu}\d/ -]*\d[\p{Lu}\d/ -]*\s+)?(?:VEDTAK|Vedtak)\s*:?$/u;
/** The administration's proposal: "Kommunedirektørens forslag til vedtak:", "Rådmannens innstilling:". */
const proposalHead =
  /^(?:kommunedirektørens|rådmannens|kommunedirektøren|rådmannen)s?\s+(?:forslag\s+til\s+vedtak|innstilling)\s*:?$/iu;
/** A heading of the paper's next part: "Saksopplysninger:", "Vedlegg:", "Behandling". */
const partHead =
  /^(?:\p{Lu}[\p{Ll}-]*(?:\s+[\p{L}-]+){0,3}:|Saksopplysninger|SAKSOPPLYSNINGER|Vedlegg|Behandling|Votering)$/u;
/** Labels and cells of the case system's header table, never the title. */
const headerCell =
  /^(?:saksframlegg|saksgang|utvalg|møtedato|utvalgssak|saksnummer|behandling:?|arkivsaksnr:.*|arkivreferanse:.*|saksbehandler:.*|\d{1,4}\/\d{2,4})$/i;

/** The lines from one, blank ones passed over, to the first the stop pattern matches; their text and last line. */
const linesBlock = (
  lines: readonly CleanLine[],
  from: number,
  stop: RegExp,
): { text: string; endLine: number } => {
  const words: string[] = [];
  let endLine = lines[from]?.number ?? 0;
  for (const line of lines.slice(from)) {
    if (line.text === '') continue;
    if (stop.test(line.text)) break;
    words.push(line.text);
    endLine = line.number;
  }
  return { text: words.join(' ').trim(), endLine };
};

/**
 * The case paper's own header, decision and proposal, or nothing when the paper is not one.
 * @example readCasePaper(cleanLines('Formannskapets behandling av sak 3/2026 i møte den 02.09.2026:'))?.kind // 'minutes'
 */
export const readCasePaper = (lines: readonly CleanLine[]): CasePaper | undefined => {
  const opening = lines.filter((line) => line.text !== '').slice(0, 12);
  const first = opening[0];
  if (!first) return undefined;
  const record = caseRecordHead.exec(first.text);
  if (record) {
    const [, body = '', item = '', date = ''] = record;
    const at = lines.findIndex((line) => decisionHead.test(line.text));
    const decision = at < 0 ? '' : linesBlock(lines, at + 1, partHead).text;
    const meetingDate = findDate(date);
    return {
      kind: 'minutes',
      title: { value: first.text.replace(/:$/, ''), line: first.number, endLine: first.number },
      body: { value: body.trim(), line: first.number },
      council: null,
      meetingDate: meetingDate ? { value: meetingDate, line: first.number } : null,
      authors: [],
      resolutions: decision
        ? [{ item, text: decision, line: lines[at]?.number ?? first.number }]
        : [],
      recommendations: [],
    };
  }
  if (!opening.some((line) => /^saksframlegg$/i.test(line.text))) return undefined;
  const officer = opening.find((line) => /^saksbehandler:\s*\S/i.test(line.text));
  const councilLine = opening
    .slice(0, 3)
    .find((line) => /^\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?\s+kommune$/u.test(line.text));
  const proposalAt = lines.findIndex((line) => proposalHead.test(line.text));
  // The title: the lines after the header table, to the proposal or the attachments.
  const afterOfficer = officer ? lines.findIndex((line) => line.number === officer.number) : -1;
  let title: CasePaper['title'] = null;
  if (afterOfficer >= 0) {
    const start = lines.findIndex(
      (line, index) =>
        index > afterOfficer &&
        line.text !== '' &&
        !headerCell.test(line.text) &&
        // A committee named in the table ("Formannskapet") stands alone among its cells.
        !(lines[index - 1]?.text !== '' && headerCell.test(lines[index - 1]?.text ?? '')),
    );
    const block =
      start < 0
        ? undefined
        : linesBlock(lines, start, /^(?:vedlegg\s*:?|.*forslag\s+til\s+vedtak\s*:?)$/i);
    if (block?.text && block.text.length <= 300)
      title = {
        value: block.text,
        line: lines[start]?.number ?? first.number,
        endLine: block.endLine,
      };
  }
  const proposal = proposalAt < 0 ? '' : linesBlock(lines, proposalAt + 1, partHead).text;
  return {
    kind: 'report',
    title,
    body: null,
    council: councilLine ? { value: councilLine.text, line: councilLine.number } : null,
    meetingDate: null,
    authors: officer ? [officer.text.replace(/^saksbehandler:\s*/i, '').trim()] : [],
    resolutions: [],
    recommendations: proposal
      ? [{ text: proposal, line: lines[proposalAt]?.number ?? first.number }]
      : [],
  };
};
