import { reportTableLayout, type ReportLayoutLabels } from './report-table-layout';

const labels: ReportLayoutLabels<string | number> = {
  labelHeader: 'Intitulé',
  column: (column) => ({ debriefs: 'Ateliers', participants: 'Participant·es' })[column] ?? column,
  previousColumn: (column) => `${column} (période précédente)`,
  resourceType: (type) => `type ${type}`,
  month: (month) => `mois ${month}`,
  notGiven: 'Non précisé',
  restricted: 'Ressource réservée aux membres',
  restrictedKit: 'Malle réservée aux membres',
  cell: (value, suppressed) => (suppressed ? '< 3' : (value ?? '—')),
};

const row = (key: string, values: (number | null)[], previous: (number | null)[], suppressed = [false, false]) => ({
  key,
  label: key ? `Nom ${key}` : '',
  resourceSlug: null,
  values,
  previous,
  suppressed,
  previousSuppressed: [false, false],
});

describe('reportTableLayout: a report table as the page and every export lay it out', () => {
  it('puts the previous period after each column when the table has one, « < 3 » where a count is hidden', () => {
    const table = {
      id: 'fieldWorkByOrganisation',
      columns: ['debriefs', 'participants'],
      rows: [row('tilleuls', [null, 20], [1, 4], [true, false]), row('', [3, 9], [0, 0])],
    };
    expect(reportTableLayout(table, labels)).toEqual({
      header: [
        'Intitulé',
        'Ateliers',
        'Ateliers (période précédente)',
        'Participant·es',
        'Participant·es (période précédente)',
      ],
      rows: [
        ['Nom tilleuls', '< 3', 1, 20, 4],
        ['Non précisé', 3, 0, 9, 0],
      ],
    });
  });

  it('has no previous-period columns for a ranking, and names a resource the reader may not see', () => {
    const table = { id: 'mostUsedTools', columns: ['debriefs'], rows: [row('', [5], [null])] };
    expect(reportTableLayout(table, labels)).toEqual({
      header: ['Intitulé', 'Ateliers'],
      rows: [['Ressource réservée aux membres', 5]],
    });
    expect(reportTableLayout({ ...table, id: 'mostLentKits' }, labels).rows[0][0]).toBe('Malle réservée aux membres');
  });
});
