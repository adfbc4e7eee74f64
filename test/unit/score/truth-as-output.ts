import { asList, get, isDict, type JsonObject } from '../../support/score/py.ts';
import type { TruthDocument } from '../../support/score/truth.ts';

/**
 * An extractor-shaped output made from a label, with deterministic damage (dropped, reworded,
 * re-cased and invented items, initials for forenames, 12-hour times, wrong row counts, repeats in
 * `documents[]`), so the scorers meet the labels' real strings on both sides of many near matches.
 */
export const truthAsOutput = (doc: TruthDocument): JsonObject => {
  const text = (v: unknown): string =>
    typeof v === 'string' ? v : isDict(v) ? String(get(v, 'text') ?? '') : '';
  const reword = (s: string, i: number): string => {
    if (i % 5 === 1) return s.toUpperCase();
    if (i % 5 === 2) return s.split(' ').slice(0, -1).join(' ');
    if (i % 5 === 3) return `${s} and related matters`;
    return s;
  };
  const keep = (_: unknown, i: number) => i % 4 !== 3;
  const twelveHour = (t: unknown) =>
    typeof t === 'string' && /^\d\d:\d\d$/.test(t)
      ? `${Number(t.slice(0, 2)) % 12 || 12}.${t.slice(3)} ${Number(t.slice(0, 2)) < 12 ? 'am' : 'pm'}`
      : t;
  const initials = (name: string, i: number) =>
    i % 2 === 0 ? name : name.replace(/\b([A-Z])[a-z]+ (?=[A-Z])/g, '$1 ');
  const texts = (field: string) =>
    asList(get(doc, field))
      .filter(keep)
      .map((x, i) => ({ ...(isDict(x) ? x : {}), text: reword(text(x), i) }));
  const attendance = isDict(doc.attendance) ? doc.attendance : {};
  const names = (key: string) => [
    ...asList(get(attendance, key))
      .filter((n): n is string => typeof n === 'string')
      .filter(keep)
      .map(initials),
    ...(key === 'present' ? ['Cllr Invented Person'] : []),
  ];
  const agendaItems = asList(doc.agendaItems)
    .filter(isDict)
    .filter(keep)
    .map((it, i) => ({
      number: i % 3 === 1 ? `Item ${String(get(it, 'number'))}` : get(it, 'number'),
      title: reword(text(get(it, 'title')), i),
      time: i % 2 ? twelveHour(get(it, 'time')) : get(it, 'time'),
      pages: get(it, 'pages') ?? (i % 3 === 0 ? '1 - 2' : null),
    }));
  const tables = asList(doc.tables)
    .filter(isDict)
    .map((t, i) => {
      const rows =
        typeof get(t, 'rows') === 'number' ? Number(get(t, 'rows')) + (i % 3 === 2 ? 1 : 0) : 1;
      return {
        heading: get(t, 'heading'),
        columns: asList(get(t, 'columns')).slice(0, i % 4 === 1 ? -1 : undefined),
        rows: Array.from({ length: rows }, () => ['x']),
      };
    });
  const documents = asList(doc.documents)
    .filter(isDict)
    .map((d, i) => ({ documentType: get(d, 'type'), title: reword(text(get(d, 'title')), i) }));
  const previous = isDict(doc.appliesToMeeting) ? doc.appliesToMeeting : {};
  return {
    documentType: asList(doc.documentTypes)[0] ?? 'other',
    council: doc.council ?? null,
    body: typeof doc.body === 'string' ? doc.body.toUpperCase() : 'Invented Committee',
    meetingDate: doc.meetingDate ?? null,
    meetingTime: twelveHour(doc.meetingTime ?? null),
    venue: typeof doc.venue === 'string' ? `The ${doc.venue}` : null,
    title: reword(text(doc.title), 3),
    authors: asList(doc.authors).map(text),
    agendaItems,
    attendance: {
      present: names('present'),
      apologies: names('apologies'),
      inAttendance: names('inAttendance'),
    },
    declarations: texts('declarations'),
    resolutions: [...texts('resolutions'), { text: 'to note the report' }],
    actions: texts('actions'),
    recommendations: texts('recommendations'),
    tables,
    documents: [
      ...documents,
      {
        documentType: 'minutes',
        meetingDate: get(previous, 'meetingDate') ?? null,
        meetingTime: twelveHour(get(previous, 'startTime') ?? null),
        agendaItems: agendaItems.slice(0, 2),
        tables: tables.slice(0, 1),
      },
    ],
  };
};
