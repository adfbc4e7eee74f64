import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../../functions/domain/papers/extract-paper.ts';
import { readTables } from '../../../../functions/domain/papers/tables.ts';

// Layouts of the sample agenda packs (ModernGov packs of a county's select committee), each reduced
// to the few lines that carry it.

const agenda = [
  'Children’s & Education Select Committee Agenda',
  'Date: Thursday 20 January 2022',
  'Time: 10.00 am',
  'Venue: The Oculus, Buckinghamshire Council, Gatehouse Road, Aylesbury',
  '',
  'Agenda Item Time Page No',
  '1 Apologies for absence',
  '2 Education Standards Report 10:00 5 - 40',
  'For the Select Committee to receive the Education Standards Report for the year.',
  '',
  'This page is intentionally left blank',
  '',
];

const cover = (title: string, body: string[]) => [
  'Report to the Children’s & Education Select Committee',
  '',
  `Title: ${title}`,
  'Date: 20 January 2022',
  'Author: Simon James, Service Director for Education',
  'Contact officer: Katie Dover',
  '',
  ...body,
  '',
];

describe('the documents of an agenda pack', () => {
  it('takes the document after a report for an appendix when the report names it so', () => {
    // Prepare
    const text = [
      ...agenda,
      ...cover('Education Standards Report', [
        'The Education Standards Report (Appendix 1) provides analysis of the 2021 assessment outcomes for children in the county.',
        'Members are asked to note the outcomes and the actions the service will take over the coming year.',
        'The service will report again to the committee when the results of the next year are published.',
      ]),
      'This page is intentionally left blank',
      '',
      'Education Standards Report',
      '',
      'Analysis of 2020 and 2021 assessment outcomes for the children and young people of the county.',
      'Outcomes at the end of the early years foundation stage remain above the national average this year.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.documents?.map((document) => [document.documentType, document.title])).toEqual([
      ['agenda', 'Children’s & Education Select Committee Agenda'],
      ['report', 'Education Standards Report'],
      ['appendix', 'Education Standards Report'],
    ]);
  });

  it('opens an appendix where ModernGov stamps its first page', () => {
    // Prepare
    const text = [
      ...agenda,
      ...cover('Ofsted Improvement Plan Phase 2', [
        'The purpose of this report is to share the phase 2 improvement plan with the members of the committee.',
        'A phase 2 improvement plan has been produced and is attached to this report for the members to read.',
      ]),
      'Background Papers',
      '',
      'Agenda Item 9 Appendix 1',
      '',
      'CHILDREN’S SERVICES IMPROVEMENT PLAN (PHASE 2) NOVEMBER 2018',
      '',
      'PART ONE: INTRODUCTION',
      'The re-inspection of the children’s services took place in the autumn and found progress too slow.',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    const last = read.documents?.at(-1);
    expect(read.documents).toHaveLength(3);
    expect(last?.documentType).toBe('appendix');
    expect(last?.startLine).toBe(text.split('\n').indexOf('Agenda Item 9 Appendix 1') + 1);
  });

  it('titles a work programme by its heading, not by a "Title" row further down the page', () => {
    // Prepare
    const text = [
      ...agenda,
      ...cover('Fostering, Adoption and Special Guardianship Orders', [
        'For members of the Select Committee to note the placement options for looked after children.',
        'We currently have 155 fostering households caring for 196 children across the county this year.',
        'The service continues to recruit foster carers through its campaigns across the whole county.',
      ]),
      'This page is intentionally left blank',
      '',
      'Select Committee Work Programmes 2021/22',
      '',
      'Children’s and Education Select Committee (Chairman: Patricia Birchley)',
      '',
      'Date\tTopic\tDescription & Purpose\tLead Officer',
      '9 September 2021\tSchools: Attainment Gap\tFor members to understand the attainment gap.\tSimon James',
      '11 November 2021\tSEND\tTo understand the SEND provision and improvement plans.\tSimon James',
      '20 January 2022\tAnnual Report\tTo receive the partnership’s annual report.\tRichard Nash',
      '10 March 2022\tOfsted update\tReview the outcomes of the inspection.\tRichard Nash',
      '',
      'Rapid Review Group Proposed Scope',
      '',
      'Title\tReview of the Recruitment and Retention of Children’s Social Workers',
      'Select Committee Chairman\tCllr Birchley',
    ].join('\n');

    // Act
    const read = extractPaper(text);

    // Assess
    expect(read.documents?.at(-1)).toMatchObject({
      documentType: 'work-programme',
      title: 'Select Committee Work Programmes 2021/22',
    });
  });
});

describe('a table laid out with tabs', () => {
  it('joins a header wrapped onto a second line and keeps the empty cell over the rows’ labels', () => {
    // Prepare
    const raw = [
      '\tNumber\tNumber in 6\t% in 6',
      '\tcompleted\tweeks\tweeks',
      'Statutory Assessments\t588\t348\t59%',
      'Statutory Re-Assessments\t81\t12\t15%',
      "Total Appendix D's\t669\t360\t54%",
    ];

    // Act
    const [table] = readTables(raw);

    // Assess
    expect(table?.columns).toEqual(['', 'Number completed', 'Number in 6 weeks', '% in 6 weeks']);
    expect(table?.rows).toEqual([
      ['Statutory Assessments', '588', '348', '59%'],
      ['Statutory Re-Assessments', '81', '12', '15%'],
      ["Total Appendix D's", '669', '360', '54%'],
    ]);
  });

  it('keeps a first row of names in capitals as data, not as the header’s second line', () => {
    // Prepare
    const raw = ['Councillor\tWard\tParty', 'Smith\tNorth\tLabour', 'Jones\tSouth\tGreen'];

    // Act
    const [table] = readTables(raw);

    // Assess
    expect(table?.columns).toEqual(['Councillor', 'Ward', 'Party']);
    expect(table?.rows).toHaveLength(2);
  });
});
