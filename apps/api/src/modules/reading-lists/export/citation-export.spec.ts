import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseRis } from 'astrocite-ris';
import { entries as parseBibtex } from 'bibtex-parse';
import { ItemAvailability, type ReadingListObject } from '../dto/reading-list.objects';
import { listToBibtex, listToCslJson, listToRis } from './citation-export';
import { missingCitationTypes } from './citation-types';
import type { ExportDetails } from './export-detail-rows';
import type { ListDocument } from './list-document';

type Reading = { type: string; format: string; authors: string[]; details?: Partial<ExportDetails> };

/** A list of readings as the export controller builds it: the list's view and each reading's details. */
function document(readings: Reading[]): ListDocument {
  const details = new Map<string, ExportDetails>();
  const items = readings.map((reading, index) => {
    const slug = `lecture-${index + 1}`;
    details.set(slug, {
      publisher: null,
      language: 'fr',
      keywords: [],
      sharedOn: new Date('2025-03-07T10:00:00Z'),
      authorKinds: {},
      ...reading.details,
    });
    return {
      id: `i${index}`,
      position: index + 1,
      note: null,
      addedBy: null,
      availability: ItemAvailability.AVAILABLE,
      titleSnapshot: null,
      viewerRead: false,
      resource: {
        slug,
        title: `Lecture ${index + 1}`,
        type: reading.type,
        format: reading.format,
        year: 2013,
        authors: reading.authors,
        url: `https://example.org/${slug}`,
        summary: 'Résumé.',
      },
    };
  });
  const list = { id: 'l1', slug: 'liste', title: 'Liste', intro: null, items } as unknown as ReadingListObject;
  return { list, pageUrl: (path) => `https://cc.example${path}`, meeting: null, details };
}

const GUIDE: Reading = {
  type: 'lecture',
  format: 'guide',
  authors: ['Serge Tisseron', 'CNIL'],
  details: { publisher: 'Érès', language: 'fr', keywords: ['Écrans et petite enfance', 'repères, âges', '3-6-9-12'] },
};

describe('Citation exports that reference managers take as they are (issue 13, items 1–3)', () => {
  it('APA (citeproc, from our CSL-JSON) cites « Tisseron, S. » and keeps « CNIL » whole', () => {
    const items = JSON.parse(listToCslJson(document([GUIDE])));
    const apa = new Cite(items).format('bibliography', { template: 'apa', format: 'text' }) as string;
    // Before: « Serge Tisseron, & CNIL. (2013). » — one unsplit name.
    expect(apa.trim()).toBe('Tisseron, S. & CNIL. (2013). Lecture 1 [Guide]. Érès. https://example.org/lecture-1');
    expect(items[0].author).toEqual([{ family: 'Tisseron', given: 'Serge' }, { literal: 'CNIL' }]);
  });

  it('RIS (read by astrocite): inverted authors, report type, keywords, language, publisher and abstract', () => {
    const [item] = parseRis(listToRis(document([GUIDE]))) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'report',
      author: [{ family: 'Tisseron', given: 'Serge' }, { family: 'CNIL' }],
      keyword: ['Écrans et petite enfance', 'repères âges', '3-6-9-12'],
      language: 'fr',
      publisher: 'Érès',
      abstract: 'Résumé.',
    });
  });

  it('BibLaTeX (read by bibtex-parse): @report with its institution, split authors, keywords and langid', () => {
    const bib = listToBibtex(document([GUIDE]));
    // Braces keep an organisation whole: BibTeX never reads « CNIL » as a family name, nor « Radio France » as two names.
    expect(bib).toContain('author = {Tisseron, Serge and {CNIL}},');
    const [entry] = parseBibtex(bib) as Record<string, string>[];
    expect(entry).toMatchObject({
      type: 'report',
      key: 'tisseron2013_lecture',
      INSTITUTION: 'Érès',
      TYPE: 'Guide',
      KEYWORDS: 'Écrans et petite enfance, repères âges, 3-6-9-12',
      LANGID: 'french',
      ABSTRACT: 'Résumé.',
    });
  });

  it('gives every type × format of the vocabulary a citation type', () => {
    expect(missingCitationTypes()).toEqual([]);
  });

  it.each([
    ['lecture', 'livre', 'Érès', 'book', 'BOOK', 'book'],
    ['lecture', 'article', 'La Revue', 'article-journal', 'JOUR', 'article'],
    ['lecture', 'article', null, 'webpage', 'ELEC', 'online'],
    ['lecture', 'rapport', null, 'report', 'RPRT', 'report'],
    ['lecture', 'etude', null, 'report', 'RPRT', 'report'],
    ['formation', 'diaporama', null, 'speech', 'SLIDE', 'misc'],
    ['formation', 'webinaire', null, 'motion_picture', 'VIDEO', 'video'],
    ['formation', 'mooc', null, 'webpage', 'ELEC', 'online'],
    ['outil', 'serie-video', null, 'motion_picture', 'VIDEO', 'video'],
    ['outil', 'application', null, 'software', 'COMP', 'software'],
    ['outil', 'exposition', null, 'graphic', 'ART', 'artwork'],
    ['outil', 'fiche-activite', null, 'document', 'GEN', 'misc'],
  ])('%s / %s (publisher %s) is CSL %s, RIS %s, BibLaTeX @%s', (type, format, publisher, csl, ris, biblatex) => {
    const doc = document([{ type, format, authors: [], details: { publisher } }]);
    expect(JSON.parse(listToCslJson(doc))[0].type).toBe(csl);
    expect(listToRis(doc)).toMatch(new RegExp(`^TY {2}- ${ris}$`, 'm'));
    expect(listToBibtex(doc)).toMatch(new RegExp(`^@${biblatex}\\{`));
  });

  it('names an article’s journal and a web page’s site, with the date it was shared as the date accessed', () => {
    const [article, page] = JSON.parse(
      listToCslJson(
        document([
          { type: 'lecture', format: 'article', authors: [], details: { publisher: 'La Revue' } },
          { type: 'formation', format: 'mooc', authors: [], details: { publisher: 'FUN' } },
        ]),
      ),
    );
    expect(article['container-title']).toBe('La Revue');
    expect(page).toMatchObject({ 'container-title': 'FUN', accessed: { 'date-parts': [[2025, 3, 7]] } });
    const bib = listToBibtex(
      document([{ type: 'formation', format: 'mooc', authors: [], details: { publisher: 'FUN' } }]),
    );
    expect(parseBibtex(bib)[0]).toMatchObject({ ORGANIZATION: 'FUN', URLDATE: '2025-03-07' });
  });

  it('follows the contributor’s choice over the guess: an organisation stays whole, a person is split (decision 0027)', () => {
    // The guess alone: « Xiaoling Wang » (first name not in the list) whole, the médiathèque « Simone Veil » split.
    const reading: Reading = {
      type: 'lecture',
      format: 'guide',
      authors: ['Xiaoling Wang', 'Simone Veil'],
      details: { authorKinds: { 'Xiaoling Wang': 'person', 'Simone Veil': 'organisation' } },
    };
    expect(JSON.parse(listToCslJson(document([reading])))[0].author).toEqual([
      { family: 'Wang', given: 'Xiaoling' },
      { literal: 'Simone Veil' },
    ]);
    expect(listToRis(document([reading]))).toMatch(/^AU {2}- Wang, Xiaoling\r?\nAU {2}- Simone Veil\r?$/m);
    expect(listToBibtex(document([reading]))).toContain('author = {Wang, Xiaoling and {Simone Veil}},');
    const guessed = JSON.parse(listToCslJson(document([{ ...reading, details: {} }])))[0].author;
    expect(guessed).toEqual([{ literal: 'Xiaoling Wang' }, { family: 'Veil', given: 'Simone' }]);
  });
});
