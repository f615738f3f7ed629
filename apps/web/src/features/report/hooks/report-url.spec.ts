import { choiceFromSearch, parisToday, reportInput, reportExportPath, searchFromChoice } from './report-url';
import { toCsv } from './report-csv';

describe('the report’s address and CSV', () => {
  it('keeps the period and filters in the address, the last 12 months by default', () => {
    expect(choiceFromSearch(new URLSearchParams(''), '2026-06-15').period).toEqual({
      from: '2025-06-16',
      to: '2026-06-15',
    });
    const custom = choiceFromSearch(
      new URLSearchParams('periode=personnalisee&du=2026-01-01&au=2026-03-31&structure=tilleuls&qpv=1'),
      '2026-06-15',
    );
    expect(reportInput(custom)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      filters: { themeSlug: null, organisationSlug: 'tilleuls', audienceSlug: null, priorityNeighbourhood: true },
    });
    expect(searchFromChoice(custom).toString()).toBe(
      'periode=personnalisee&du=2026-01-01&au=2026-03-31&structure=tilleuls&qpv=1',
    );
    expect(choiceFromSearch(new URLSearchParams('periode=an-dernier'), '2026-06-15').period).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('asks the PDF or ODS of the period shown (a preset as its dates) with the filters, or of a share link by its token', () => {
    const lastYear = choiceFromSearch(new URLSearchParams('periode=an-dernier&theme=jeux-video'), '2026-06-15');
    expect(reportExportPath({ choice: lastYear }, 'pdf')).toBe(
      '/rapport/export.pdf?periode=personnalisee&du=2025-01-01&au=2025-12-31&theme=jeux-video',
    );
    expect(reportExportPath({ choice: lastYear }, 'ods')).toBe(
      '/rapport/export.ods?periode=personnalisee&du=2025-01-01&au=2025-12-31&theme=jeux-video',
    );
    expect(reportExportPath({ token: 'a/b+c' }, 'pdf')).toBe('/rapport/export.pdf?partage=a%2Fb%2Bc');
    expect(reportExportPath({ token: 'a/b+c' }, 'ods')).toBe('/rapport/export.ods?partage=a%2Fb%2Bc');
  });

  it('takes today in Paris, not in the browser’s time zone', () => {
    expect(parisToday(new Date('2026-03-10T23:30:00Z'))).toBe('2026-03-11');
  });

  it('writes CSV that spreadsheets open with accents, quoting what needs it', () => {
    expect(
      toCsv({
        header: ['Intitulé', 'Ateliers'],
        rows: [
          ['Jeux, vidéo', '< 3'],
          ['Dit "ok"', '4'],
        ],
      }),
    ).toBe('\uFEFFIntitulé,Ateliers\r\n"Jeux, vidéo",< 3\r\n"Dit ""ok""",4\r\n');
  });
});
