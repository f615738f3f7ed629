import { parse as parseCsv } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import { marked } from 'marked';
import { ItemAvailability, type ReadingListObject } from '../dto/reading-list.objects';
import { entries as parseBibtex } from 'bibtex-parse';
import { citationKeys } from './biblatex';
import { listToBibtex, listToRis } from './citation-export';
import { listToCsv } from './csv-export';
import type { ListDocument } from './list-document';
import { autolinkHref, listToMarkdown } from './markdown-export';

/** A list of one reading, with what an attacker or a careless paste can put in its fields. */
function document(resource: Partial<NonNullable<ReadingListObject['items'][number]['resource']>>, note: string | null) {
  const list = {
    id: 'l1',
    slug: 'liste',
    title: 'Liste',
    intro: null,
    items: [
      {
        id: 'i1',
        position: 1,
        note,
        addedBy: null,
        availability: ItemAvailability.AVAILABLE,
        titleSnapshot: null,
        resource: {
          id: 'r1',
          slug: 'un-identifiant-de-ressource-bien-plus-long-que-vingt-caracteres',
          title: 'Titre',
          type: 'lecture',
          format: 'guide',
          year: 2024,
          authors: ['Serge Tisseron'],
          url: 'https://example.org/guide',
          summary: 'Résumé.',
          ...resource,
        },
      },
    ],
  } as unknown as ReadingListObject;
  return { list, pageUrl: (path: string) => `https://cc.example${path}`, meeting: null } satisfies ListDocument;
}

describe('CSV export (issue 13, item 6)', () => {
  it.each([
    '=HYPERLINK("http://evil.example","clic")',
    '+1+2',
    '-2+3',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    "=cmd|' /C calc'!A0",
  ])('never hands %j to a spreadsheet as a formula', (title) => {
    const csv = listToCsv(document({ title }, title));
    const [row] = parseCsv(csv, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    expect(row.titre).toBe(`'${title}`);
    expect(row.note).toBe(`'${title}`);
  });

  it('uses « ; » by default (French Excel), « , » on request, always with the BOM', () => {
    expect(listToCsv(document({}, null)).startsWith('\ufeffposition;titre;')).toBe(true);
    expect(listToCsv(document({}, null), ',').startsWith('\ufeffposition,titre,')).toBe(true);
  });
});

describe('Markdown export (issue 13, item 7)', () => {
  const html = (markdown: string) => marked.parse(markdown, { async: false }) as string;

  it('keeps a hostile URL inside its autolink', () => {
    const markdown = listToMarkdown(document({ url: 'https://example.org/a>[clic](javascript:alert(1))<' }, null));
    const links = DomUtils.findAll((element) => element.name === 'a', parseDocument(html(markdown)).children);
    expect(links.map((link) => link.attribs.href)).toEqual([
      'https://cc.example/ressources/un-identifiant-de-ressource-bien-plus-long-que-vingt-caracteres',
      // One link to the source, whole, its brackets encoded by the reader: no second link, no javascript: one.
      'https://example.org/a%3E%5Bclic%5D(javascript:alert(1))%3C',
      'https://cc.example/listes/liste',
    ]);
    expect(markdown).toContain('<https://example.org/a%3E[clic](javascript:alert(1))%3C>');
  });

  it('percent-encodes what would close the autolink, and refuses what is not http(s)', () => {
    expect(autolinkHref('https://example.org/deux mots"<>`')).toBe('https://example.org/deux%20mots%22%3C%3E%60');
    expect(autolinkHref('javascript:alert(1)')).toBeNull();
    expect(autolinkHref('pas une adresse')).toBeNull();
  });

  it('quotes every line of a note', () => {
    const markdown = listToMarkdown(document({}, 'Première ligne\n# Pas un titre\nTroisième'));
    expect(markdown).toContain('   > Première ligne\n   > \\# Pas un titre\n   > Troisième');
    expect(html(markdown)).not.toContain('<h1>Pas un titre');
  });
});

describe('RIS export (issue 13, item 5)', () => {
  it('identifies a reading by its whole slug', () => {
    const ris = listToRis(document({}, null));
    expect(ris).toMatch(/^ID {2}- un-identifiant-de-ressource-bien-plus-long-que-vingt-caracteres$/m);
  });
});

describe('BibTeX export (issue 13, item 4)', () => {
  const two = (title: string, secondTitle: string) => {
    const doc = document({ title }, null);
    const [item] = doc.list.items;
    const second = { ...item, id: 'i2', resource: { ...item.resource!, id: 'r2', slug: 'autre', title: secondTitle } };
    doc.list.items.push(second as never);
    return listToBibtex(doc);
  };

  it('escapes what LaTeX reads as commands, so a brace in a title cannot inject a field', () => {
    const bib = listToBibtex(document({ title: 'Titre}, publisher={Injecté & 100 % #1 _x_ \\cmd $' }, 'Note {ouverte'));
    expect(bib).toContain(
      'title = {Titre\\}, publisher=\\{Injecté \\& 100 \\% \\#1 \\_x\\_ \\textbackslash{}cmd \\$},',
    );
    // Read back by a parser that did not write it: the brace stayed inside the title, no field was injected.
    const [entry] = parseBibtex(bib) as Record<string, string>[];
    expect(entry.PUBLISHER).toBeUndefined();
    expect(entry.TITLE).toMatch(/^Titre.*publisher=.*Injecté/);
    expect(Object.keys(entry).sort()).toEqual([
      'ABSTRACT',
      'AUTHOR',
      'DATE',
      'NOTE',
      'TITLE',
      'TYPE',
      'URL',
      'key',
      'type',
    ]);
  });

  it('gives each reading its own readable key, even with the same author, year and first word', () => {
    const bib = two('3-6-9-12 : apprivoiser les écrans', '3-6-9-12 : la suite');
    const keys = (parseBibtex(bib) as { key: string }[]).map((entry) => entry.key);
    expect(keys).toEqual(['tisseron2024_3', 'tisseron2024_3b']);
    expect(citationKeys([{ title: 'Le guide des écrans', author: [{ literal: 'CNIL' }] }])).toEqual(['cnil_guide']);
  });
});
