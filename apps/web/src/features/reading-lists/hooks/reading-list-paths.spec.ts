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

  it('asks for a comma-separated CSV for the English interface only, and only for the CSV', () => {
    expect(exportPath('rencontre', 'export.csv', null, { csvCommas: true })).toBe(
      '/listes/rencontre/export.csv?separateur=virgule',
    );
    expect(exportPath('rencontre', 'export.csv', 'jeton', { csvCommas: true })).toBe(
      '/listes/rencontre/export.csv?partage=jeton&separateur=virgule',
    );
    expect(exportPath('rencontre', 'export.md', null, { csvCommas: true })).toBe('/listes/rencontre/export.md');
    expect(exportPath('rencontre', 'export.csv', null)).toBe('/listes/rencontre/export.csv');
  });
});
