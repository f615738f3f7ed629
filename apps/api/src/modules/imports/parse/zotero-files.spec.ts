import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessMapping } from './csv-file';
import { detectFormat, readImportFile } from './import-file';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name), 'utf8');
const issuesOf = (record: { issues: { field: string; rule: string }[] }) =>
  record.issues.map((issue) => `${issue.field}:${issue.rule}`);

describe('Reading Zotero exports into resource drafts', () => {
  it('RIS: accents, several authors, keywords as tags, type from TY; a broken record is reported alone', () => {
    const { records } = readImportFile('ris', fixture('zotero.ris'));
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({
      fields: {
        type: 'lecture',
        format: 'livre',
        title: 'L’éveil culturel du tout-petit : lire, chanter, jouer',
        summary: 'Un guide pour les professionnels de la petite enfance : comptines, albums et jeux de doigts.',
        authors: ['Élodie Martin', 'Jean-Noël Durand', 'Aïssatou N’Diaye'],
        publisher: 'Érès',
        year: 2019,
        url: 'https://www.editions-eres.com/ouvrage/4321/l-eveil-culturel?utm_source=zotero',
        language: 'fr',
        tags: ['petite enfance', 'lecture à voix haute'],
      },
      issues: [],
    });
    // A journal article without URL gets its DOI's address; « français » is French.
    expect(records[1].fields).toMatchObject({
      type: 'lecture',
      format: 'article',
      url: 'https://doi.org/10.3917/bbf.2021.12',
      language: 'fr',
      authors: ['Cécile Lefèvre'],
    });
    // Missing abstract: the summary is required, named by field and rule.
    expect(records[2].fields).toMatchObject({ title: 'Sans résumé ni auteur', format: 'rapport', authors: [] });
    expect(issuesOf(records[2])).toEqual(['summary:required']);
    expect(issuesOf(records[3])).toEqual(['record:unreadable']);
    expect(records[3].fields.title).toBe('Notice sans TY');
  });

  it('BibTeX: LaTeX accents decoded, note as summary when there is no abstract, a broken entry reported alone', () => {
    const { records } = readImportFile('bibtex', fixture('zotero.bib'));
    expect(records.map((record) => record.fields.title)).toEqual([
      "L'éveil culturel du tout-petit",
      'Les bébés lecteurs en médiathèque',
      'Une notice cassée,',
      'Webinaire : raconter avec le kamishibaï',
    ]);
    expect(records[0].fields).toMatchObject({
      authors: ['Élodie Martin', 'Jean-Noël Durand'],
      publisher: 'Érès',
      year: 2019,
      language: 'fr',
      tags: ['lecture', 'petite enfance'],
      type: 'lecture',
      format: 'livre',
    });
    expect(records[0].issues).toEqual([]);
    expect(records[1].fields.summary).toBe('Numéro spécial « Petite enfance »');
    expect(records[1].issues).toEqual([]);
    expect(issuesOf(records[2])).toEqual(['record:unreadable']);
    expect(records[3].fields).toMatchObject({ language: 'en', authors: ['Anaïs Moreau'], year: 2023 });
  });

  it('CSL-JSON: string years, literal authors, the CSL type; a bad URL and an old year named by field and rule', () => {
    const { records } = readImportFile('csl-json', fixture('zotero.json'));
    expect(records[0].fields).toMatchObject({ year: 2019, language: 'fr', tags: ['petite enfance', 'lecture'] });
    expect(records[0].issues).toEqual([]);
    expect(records[1].fields).toMatchObject({
      type: 'outil',
      format: 'serie-video',
      authors: ['Collectif Lire et faire lire'],
      year: 2022,
    });
    expect(issuesOf(records[2])).toEqual(['title:required', 'url:url', 'year:range']);
  });

  it('CSL-JSON and BibTeX say who is a person (name in parts) and who an organisation (one piece) where the name cannot', () => {
    const json = JSON.stringify([
      {
        type: 'report',
        title: 'Ateliers photo',
        author: [{ literal: 'Simone Veil' }, { family: 'Wang', given: 'Xiaoling' }, { literal: 'CNIL' }],
      },
    ]);
    expect(readImportFile('csl-json', json).records[0].fields.authorKinds).toEqual([
      { name: 'Simone Veil', kind: 'organisation' },
      { name: 'Xiaoling Wang', kind: 'person' },
    ]);
    const bib = '@report{a, title = {Ateliers}, author = {{Simone Veil} and Wang, Xiaoling and Tisseron, Serge}}';
    expect(readImportFile('bibtex', bib).records[0].fields.authorKinds).toEqual([
      { name: 'Simone Veil', kind: 'organisation' },
      { name: 'Xiaoling Wang', kind: 'person' },
    ]);
  });

  it('CSL-JSON that is not JSON is one unreadable record saying so', () => {
    const { records } = readImportFile('csl-json', '[{"title": "coupé');
    expect(records).toHaveLength(1);
    expect(records[0].issues[0]).toMatchObject({ field: 'record', rule: 'unreadable' });
    expect(String(records[0].issues[0].params?.detail)).toMatch(/^JSON illisible/);
  });

  it('CSV from a French spreadsheet: BOM, « ; » separator, French headers guessed, Zotero-style names', () => {
    const file = readImportFile('csv', fixture('tableur.csv'));
    expect(file.csv?.mapping).toEqual({
      title: 'Titre',
      summary: 'Résumé',
      authors: 'Auteurs',
      publisher: 'Éditeur',
      year: 'Année',
      url: 'Lien',
      language: 'Langue',
      type: null,
      format: null,
      tags: 'Mots-clés',
    });
    expect(file.records[0]).toEqual({
      fields: {
        type: 'lecture',
        format: 'guide',
        title: 'Comptines du monde',
        summary: 'Un recueil de comptines ; avec un CD.',
        authors: ['Élodie Martin', 'Jean-Noël Durand'],
        publisher: 'Didier Jeunesse',
        year: 2018,
        url: 'https://example.org/comptines',
        language: 'fr',
        tags: ['musique', 'comptines'],
      },
      issues: [],
    });
    expect(issuesOf(file.records[1])).toEqual(['year:range']);
    expect(issuesOf(file.records[2])).toEqual(['title:required']);
  });

  it('CSV: our own export’s headers and Zotero’s are guessed; a chosen mapping is followed', () => {
    expect(
      guessMapping(['position', 'titre', 'auteurs', 'année', 'type', 'format', 'source', 'page', 'note', 'état']),
    ).toMatchObject({
      title: 'titre',
      authors: 'auteurs',
      year: 'année',
      type: 'type',
      format: 'format',
      url: 'source',
      summary: 'note',
    });
    expect(
      guessMapping([
        'Key',
        'Item Type',
        'Publication Year',
        'Author',
        'Title',
        'Url',
        'Abstract Note',
        'Publisher',
        'Language',
        'Type',
        'Manual Tags',
      ]),
    ).toMatchObject({
      title: 'Title',
      type: 'Type',
      year: 'Publication Year',
      authors: 'Author',
      url: 'Url',
      summary: 'Abstract Note',
      tags: 'Manual Tags',
    });
    const csv = 'a,b,c\nUn titre,Un résumé,formation\n';
    const mapping = { ...guessMapping([]), title: 'a', summary: 'b', type: 'c' };
    const { records } = readImportFile('csv', csv, mapping);
    expect(records[0].fields).toMatchObject({
      title: 'Un titre',
      summary: 'Un résumé',
      type: 'formation',
      format: 'diaporama',
    });
    expect(readImportFile('csv', csv, { ...mapping, title: 'nope' }).records[0].issues[0]).toMatchObject({
      field: 'record',
      rule: 'unreadable',
    });
  });

  it('the format is told by the content first, then by the extension', () => {
    expect(detectFormat('export.txt', fixture('zotero.ris'))).toBe('ris');
    expect(detectFormat('x', fixture('zotero.bib'))).toBe('bibtex');
    expect(detectFormat('x', fixture('zotero.json'))).toBe('csl-json');
    expect(detectFormat('liste.csv', fixture('tableur.csv'))).toBe('csv');
    expect(detectFormat('image.png', 'PNG...')).toBeNull();
  });
});
