import { EXPORT_FORMATS, exportPath, readingListPath } from './reading-list-paths';

describe('reading list paths', () => {
  it('links a list by its slug', () => {
    expect(readingListPath('rencontre-de-mars')).toBe('/listes/rencontre-de-mars');
  });

  it('links the exports the API serves, with the share token when the list is read through a share link', () => {
    expect(EXPORT_FORMATS.map((format) => exportPath('rencontre', format.file, null))).toEqual([
      '/listes/rencontre/export.pdf',
      '/listes/rencontre/impression',
      '/listes/rencontre/export.md',
      '/listes/rencontre/export.csv',
      '/listes/rencontre/export.ris',
      '/listes/rencontre/export.bib',
      '/listes/rencontre/export.json',
    ]);
    expect(exportPath('rencontre', 'export.pdf', 'a/b+c')).toBe('/listes/rencontre/export.pdf?partage=a%2Fb%2Bc');
  });
});
