import { EXPORT_FORMATS, exportPath } from './reading-list-paths';

describe('reading list paths', () => {
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
