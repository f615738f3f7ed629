/** A shared report as the API answers it, for the report's component tests. */
const row = (
  key: string,
  label: string,
  values: (number | null)[],
  previous: (number | null)[],
  suppressed: boolean[],
) => ({
  __typename: 'ReportRow' as const,
  key,
  label,
  resourceSlug: null,
  values,
  previous,
  suppressed,
  previousSuppressed: suppressed.map(() => false),
});

export const SHARED_REPORT = {
  __typename: 'ActivityReport' as const,
  period: { __typename: 'ReportPeriod' as const, from: '2026-01-01', to: '2026-03-31' },
  previousPeriod: { __typename: 'ReportPeriod' as const, from: '2025-10-03', to: '2025-12-31' },
  filters: {
    __typename: 'ReportFilters' as const,
    themeSlug: null,
    organisationSlug: null,
    audienceSlug: null,
    priorityNeighbourhood: false,
  },
  shared: true,
  generatedAt: '2026-06-15T10:00:00.000Z',
  figures: [
    {
      __typename: 'ReportFigure' as const,
      id: 'debriefs',
      section: 'fieldWork',
      value: 4,
      previous: 2,
      changePercent: 100,
    },
    {
      __typename: 'ReportFigure' as const,
      id: 'participants',
      section: 'fieldWork',
      value: 44,
      previous: 50,
      changePercent: -12,
    },
    {
      __typename: 'ReportFigure' as const,
      id: 'reactions',
      section: 'library',
      value: 1,
      previous: 0,
      changePercent: null,
    },
    {
      __typename: 'ReportFigure' as const,
      id: 'daysLent',
      section: 'equipment',
      value: 20,
      previous: 11,
      changePercent: 82,
    },
  ],
  tables: [
    {
      __typename: 'ReportTable' as const,
      id: 'fieldWorkByAgeBand',
      section: 'fieldWork',
      columns: ['debriefs', 'participants'],
      rows: [
        { ...row('8-11 ans', '8-11 ans', [null, 22], [null, 8], [true, false]), previousSuppressed: [true, false] },
        row('', '', [null, 20], [0, 0], [true, false]),
      ],
    },
    {
      __typename: 'ReportTable' as const,
      id: 'fieldWorkByMonth',
      section: 'fieldWork',
      columns: ['debriefs', 'participants'],
      rows: [row('2026-01', '2026-01', [null, 10], [null, null], [true, false])],
    },
    {
      __typename: 'ReportTable' as const,
      id: 'mostLentKits',
      section: 'equipment',
      columns: ['loans', 'daysLent'],
      // A shared report names no kit: visitors see none.
      rows: [row('', '', [null, 17], [null, null], [true, false])],
    },
    {
      __typename: 'ReportTable' as const,
      id: 'loansByOwner',
      section: 'equipment',
      columns: ['loans', 'daysLent'],
      rows: [row('mediatheque-du-parc', 'Médiathèque du Parc', [null, 17], [0, 0], [true, false])],
    },
  ],
};
