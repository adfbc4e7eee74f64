import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../functions/domain/papers/extract-paper.ts';
import { validatorFor } from '../../../functions/domain/validators.ts';

// Expectations written by reading the five sample papers in seeds/.
const seed = (name: string) =>
  extractPaper(readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8'));

const pack2022 = seed('000_9edff7cd89e1ecb6.txt');
const pack2018 = seed('001_d9cb9d1c97fa0289.txt');
const report2023 = seed('002_d1557ae21bff9908.txt');
const untitled = seed('003_3ac2e36a6a994582.txt');
const markdown2017 = seed('004_594d3babb122730d.txt');

describe('the 2022 agenda pack (000)', () => {
  it('reads the front sheet', () => {
    expect(pack2022).toMatchObject({
      documentType: 'agenda-pack',
      council: 'Buckinghamshire Council',
      body: "Children's & Education Select Committee",
      meetingDate: '2022-01-20',
      meetingTime: '14:00',
      venue: 'The Oculus, Buckinghamshire Council, Gatehouse Road, HP19 8FF - Aylesbury',
      title: "Children's & Education Select Committee Agenda",
      exempt: { exempt: false },
    });
  });

  it('reads the agenda table: numbers, titles, times and pages', () => {
    expect(
      pack2022.agendaItems.map(({ number, title, time, pages }) => [number, title, time, pages]),
    ).toEqual([
      ['1', 'APOLOGIES FOR ABSENCE', '14:00', null],
      ['2', 'DECLARATIONS OF INTEREST', '14:05', null],
      ['3', 'MINUTES OF THE PREVIOUS MEETING', '14:10', '5 - 10'],
      ['4', 'PUBLIC QUESTIONS', '14:15', null],
      [
        '5',
        'BUCKINGHAMSHIRE SAFEGUARDING CHILDREN PARTNERSHIP ANNUAL REPORT 2020/2021',
        '14:20',
        '11 - 44',
      ],
      ['6', 'EDUCATION STANDARDS REPORT 2020-2021', '15:00', '45 - 84'],
      ['7', 'FOSTERING, ADOPTION AND SPECIAL GUARDIANSHIP ORDERS', '15:30', '85 - 112'],
      ['8', 'WORK PROGRAMME', '16:00', '113 - 118'],
    ]);
  });

  it('splits the pack into agenda, minutes and reports', () => {
    expect(
      pack2022.documents.slice(0, 2).map((document) => [document.documentType, document.startLine]),
    ).toEqual([
      ['agenda', 1],
      ['minutes', 57],
    ]);
    expect(
      pack2022.documents
        .filter((document) => document.documentType === 'report')
        .map((document) => document.title),
    ).toEqual([
      'Annual Report 2020/21',
      'Education Standards Report',
      'Fostering, Adoption and Special Guardianship Order',
    ]);
    // The report says "The Education Standards Report (Appendix 1) provides …": the document after it.
    expect(
      pack2022.documents
        .filter((document) => document.documentType === 'appendix')
        .map((document) => document.title),
    ).toEqual(['Education Standards Report']);
  });

  it('attaches the minutes to the meeting they record, with attendance, declarations and decisions', () => {
    const minutes = pack2022.documents[1];
    expect(minutes).toMatchObject({
      documentType: 'minutes',
      meetingDate: '2021-11-11',
      nextMeetingDate: '2022-01-20',
    });
    expect(minutes?.attendance).toEqual({
      present: [
        'P Birchley',
        'K Bates',
        'D Blamires',
        'A Collingwood',
        'M Dormer',
        'S James',
        'R Matthews',
        'P Turner',
        'M Bull',
        'Z Williams',
        'T Wilson',
      ],
      apologies: ['Adoh', 'Hussein', 'Jones', 'Kayani', 'Osibogun', 'Summers'],
      inAttendance: ['A Cranmer', 'A Howard', 'S James', 'R Nash', 'H Slinn'],
      substitutes: [],
    });
    expect(minutes?.declarations.map(({ member, text }) => [member, text])).toEqual([
      ['K Bates', 'Councillor K Bates declared a personal interest as a Chair of Governors.'],
      ['Maggi Bull', 'Maggi Bull declared a personal interest as a Governor of two schools.'],
      [
        'Tony Wilson',
        'Tony Wilson declared a personal interest as a Trustee of the Oxford Diocesan Bucks Schools Trust.',
      ],
      [
        'R Matthews',
        'Councillor R Matthews declared a personal interest as a School Governor and volunteer at Transitions UK.',
      ],
    ]);
    expect(minutes?.resolutions.map(({ item, text, line }) => [item, text, line])).toEqual([
      [
        '3',
        'the minutes of the meeting held on 9th September be AGREED as an accurate record and signed by the Chairman.',
        97,
      ],
      ['8', 'the work programme be AGREED', 185],
    ]);
  });

  it('finds the report recommendation with its lettered parts kept together', () => {
    expect(pack2022.recommendations.map((recommendation) => recommendation.text)).toContain(
      'For members of the Select Committee to note (a) the placement options for looked after children and (b) the progress made against our Placement Sufficiency Strategy.',
    );
  });
});

describe('the 2018 agenda pack (001)', () => {
  it('reads the front sheet, taking the body from its own line rather than the council banner', () => {
    expect(pack2018).toMatchObject({
      documentType: 'agenda-pack',
      council: 'Buckinghamshire County Council',
      body: "Children's Select Committee",
      meetingDate: '2018-11-27',
      meetingTime: '10:30',
      venue: 'Mezzanine Room 1 - County Hall, Aylesbury',
    });
  });

  it('reads agenda items laid out without tabs, ignoring the pre-meeting times', () => {
    expect(pack2018.agendaItems.map((item) => item.number)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
    ]);
    expect(pack2018.agendaItems[2]).toMatchObject({
      title: 'MINUTES',
      time: '10:35',
      pages: '5 - 10',
    });
  });

  it('reads the minutes of 2 October 2018: attendance, substitute, declarations and actions', () => {
    const minutes = pack2018.documents.find((document) => document.documentType === 'minutes');
    expect(minutes).toMatchObject({
      meetingDate: '2018-10-02',
      body: "CHILDREN'S SELECT COMMITTEE",
    });
    expect(minutes?.attendance).toEqual({
      present: ['Dev Dhillon', 'Steven Lambert', 'Brian Roberts', 'Luisa Sullivan'],
      apologies: [
        'Mrs P Birchley',
        'Mr A Collingwood',
        'Mrs I Darby',
        'Mr M Hussain',
        'Mrs W Mallen',
        'Mrs J Ward',
        'Ms K Wood',
      ],
      inAttendance: [],
      substitutes: ['Mrs A Wight'],
    });
    expect(minutes?.declarations.map((declaration) => declaration.member)).toEqual([
      'Mrs A Wight',
      'Mr S Lambert',
    ]);
    expect(minutes?.actions).toEqual([
      expect.objectContaining({
        item: '7',
        owner: 'Service Director for Education',
        text: expect.stringMatching(/^A Member asked whether .* in this area\.$/),
      }),
      expect.objectContaining({
        item: '7',
        owner: 'Service Director for Education',
        text: expect.stringMatching(
          /^In response to a question about privately employed .* should be accepted\.$/,
        ),
      }),
    ]);
  });
});

describe('the cabinet reports (002, 003, 004)', () => {
  it('reads the 2023 report from its labelled front matter', () => {
    expect(report2023).toMatchObject({
      documentType: 'report',
      body: 'Cabinet',
      // Named only in its text ("Buckinghamshire Council has now … been mandated"), with a warning.
      council: 'Buckinghamshire Council',
      title: "Children's Services Update",
      meetingDate: '2023-05-09',
      // A cabinet member is not the report's author (as the shared labels read it).
      authors: ['John Macilwraith'],
      wards: ['All'],
      recommendations: [
        expect.objectContaining({
          text: "For Cabinet to note the national and local developments across the Children's Services Directorate",
        }),
      ],
      documents: [],
    });
  });

  it('gives null for what the untitled report does not state, the body it asks, and its one recommendation whole', () => {
    expect(untitled).toMatchObject({
      documentType: 'report',
      title: null,
      meetingDate: null,
      council: 'Buckinghamshire County Council',
      body: 'Cabinet',
      meetingTime: null,
    });
    expect(untitled.warnings.join(' ')).toContain('Body read from the report');
    expect(untitled.recommendations.map((recommendation) => recommendation.text)).toEqual([
      'Cabinet is asked to note (a) the national and local developments across Children’s Services, and (b) the programme of work taking place to further improve Children’s Services in Buckinghamshire.',
    ]);
    expect(untitled.warnings).toContain('No meeting date found in the front matter.');
  });

  it('reads Markdown with stray HTML around its labels, and a bulleted recommendation under its stem', () => {
    expect(markdown2017).toMatchObject({
      documentType: 'report',
      body: 'Cabinet',
      title: "Children's Services Update",
      meetingDate: '2017-11-13',
      wards: ['All Electoral Divisions'],
    });
    expect(markdown2017.recommendations.map((recommendation) => recommendation.text)).toEqual([
      "Note the national, regional and local developments in relation to Children's Services.",
    ]);
  });

  it('produces output that validates against schemas/paper.schema.json for every seed', () => {
    const validate = validatorFor('paper');
    for (const extraction of [pack2022, pack2018, report2023, untitled, markdown2017]) {
      expect(validate(extraction), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});
