import { TestApi, startTestApi } from '../../../test/api-harness';
import { signInAs } from '../../../test/factories';
import { FixedClock } from '../../../test/fixed-clock';
import {
  REPORT_FIELDS,
  REPORT_NOW,
  REPORT_PERIOD,
  makeReportDataSet,
  readReport,
  type ReportAnswer,
  type ReportDataSet,
} from '../../../test/report-data-set';

const REPORT = `query Report($input: ActivityReportInput) { activityReport(input: $input) { ${REPORT_FIELDS} } }`;

describe('The activity report counts exactly what the network did (GraphQL over HTTP, real PostgreSQL)', () => {
  let api: TestApi;
  let data: ReportDataSet;
  const clock = new FixedClock(REPORT_NOW);
  const report = async (input: Record<string, unknown> | null = REPORT_PERIOD) => {
    const result = await api.gql<{ activityReport: ReportAnswer }>(REPORT, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.activityReport;
  };

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    data = await makeReportDataSet(api);
  });
  afterAll(() => api.close());

  it('compares the period with the previous one of the same length', async () => {
    await signInAs(api, data.coordinator);
    const answer = await report();
    expect(answer.period).toEqual(REPORT_PERIOD);
    expect(answer.previousPeriod).toEqual({ from: '2025-10-03', to: '2025-12-31' });
    expect(answer.shared).toBe(false);
  });

  it('field work: debriefs, participants, parents present, rating, by age band, organisation, theme and month', async () => {
    await signInAs(api, data.coordinator);
    const { figures, tables } = readReport(await report());
    expect(figures.debriefs).toEqual([4, 2, 100]);
    expect(figures.participants).toEqual([44, 14, 214]);
    expect(figures.parentsPresentShare).toEqual([50, 50, 0]);
    expect(figures.averageRating).toEqual([4, 3, 33]);
    expect(tables.fieldWorkByAgeBand).toEqual([
      ['8-11 ans', [2, 1], [22, 8]],
      ['', [1, 0], [20, 0]],
      ['12-15 ans', [1, 1], [2, 6]],
    ]);
    expect(tables.fieldWorkByOrganisation).toEqual([
      [data.tilleuls.slug, [2, 1], [22, 8]],
      [data.parc.slug, [2, 1], [22, 6]],
    ]);
    expect(tables.fieldWorkByTheme).toEqual([
      ['jeux-video', [4, 2], [44, 14]],
      ['information', [1, 2], [20, 14]],
    ]);
    expect(tables.fieldWorkByMonth).toEqual([
      ['2026-01', [1, null], [10, null]],
      ['2026-02', [2, null], [14, null]],
      ['2026-03', [1, null], [20, null]],
    ]);
    expect(tables.mostUsedTools).toEqual([
      [data.tools.t1.slug, [3, null], [24, null]],
      [data.tools.t2.slug, [1, null], [20, null]],
    ]);
    // At least 3 debriefs in the period: only T1 (5, 4, 3).
    expect(tables.bestRatedTools).toEqual([[data.tools.t1.slug, [4, null], [3, null]]]);
  });

  it('library: resources shared by type, theme, audience and organisation, comments, reactions, views, bookmarks', async () => {
    await signInAs(api, data.coordinator);
    const { figures, tables } = readReport(await report());
    expect(figures.resourcesShared).toEqual([2, 1, 100]);
    expect(figures.contributors).toEqual([2, 1, 100]);
    expect(figures.comments).toEqual([2, 1, 100]);
    expect(figures.reactions).toEqual([1, 0, null]);
    expect(figures.bookmarks).toEqual([3, 0, null]);
    expect(figures.views).toEqual([11, 3, 267]);
    expect(tables.resourcesByType).toEqual([
      ['lecture', [1, 0]],
      ['outil', [1, 1]],
    ]);
    expect(tables.resourcesByTheme).toEqual([
      ['information', [1, 1]],
      ['jeux-video', [1, 1]],
    ]);
    expect(tables.resourcesByAudience).toEqual([['parents', [1, 0]]]);
    expect(tables.contributionsByOrganisation).toEqual([
      [data.tilleuls.slug, [1, 0], [1, 0]],
      [data.parc.slug, [1, 1], [1, 1]],
    ]);
    expect(tables.mostConsulted).toEqual([
      [data.tools.t1.slug, [7, null]],
      [data.reading.slug, [4, null]],
    ]);
    expect(tables.mostBookmarked).toEqual([
      [data.tools.t1.slug, [2, null]],
      [data.reading.slug, [1, null]],
    ]);
  });

  it('meetings: events held, yes answers, lists prepared and the share of their items read by attendees', async () => {
    await signInAs(api, data.coordinator);
    const { figures } = readReport(await report());
    expect(figures.eventsHeld).toEqual([1, 1, 0]);
    expect(figures.attendance).toEqual([2, 1, 100]);
    expect(figures.readingLists).toEqual([1, 0, null]);
    expect(figures.itemsReadShare).toEqual([75, null, null]);
  });

  it('network: members and organisations at the start and end, new, active, priority neighbourhoods reached', async () => {
    await signInAs(api, data.coordinator);
    const { figures } = readReport(await report());
    expect(figures.membersAtStart).toEqual([5, 4, 25]);
    expect(figures.membersAtEnd).toEqual([6, 5, 20]);
    expect(figures.newMembers).toEqual([1, 1, 0]);
    expect(figures.activeMembers).toEqual([3, 2, 50]);
    expect(figures.organisationsAtStart).toEqual([3, 2, 50]);
    expect(figures.organisationsAtEnd).toEqual([2, 3, -33]);
    expect(figures.newOrganisations).toEqual([0, 1, -100]);
    expect(figures.activeOrganisations).toEqual([2, 2, 0]);
    expect(figures.priorityOrganisationsReached).toEqual([1, 1, 0]);
  });

  it('equipment: loans handed over or returned and their days inside the period, most lent kits, loans by owner', async () => {
    await signInAs(api, data.coordinator);
    const { figures, tables } = readReport(await report());
    // Refused, cancelled and requested loans never count; loans across a boundary count in both periods, days split.
    expect(figures.loans).toEqual([3, 2, 50]);
    expect(figures.daysLent).toEqual([20, 11, 82]);
    expect(tables.mostLentKits).toEqual([
      [data.kits.robots, [2, null], [17, null]],
      [data.kits.casques, [1, null], [3, null]], // archived since: still counts
    ]);
    expect(tables.loansByOwner).toEqual([
      [data.parc.slug, [2, 0], [17, 0]],
      [data.tilleuls.slug, [1, 2], [3, 11]],
    ]);
  });

  it('filters equipment by the borrowing organisation, and by theme and audience through the kit’s tools', async () => {
    await signInAs(api, data.admin);
    const filtered = async (filters: Record<string, unknown>) =>
      readReport(await report({ ...REPORT_PERIOD, filters })).figures;
    const tilleuls = await filtered({ organisationSlug: data.tilleuls.slug });
    expect([tilleuls.loans, tilleuls.daysLent]).toEqual([
      [2, 1, 100],
      [17, 7, 143],
    ]);
    const parc = await filtered({ organisationSlug: data.parc.slug });
    expect([parc.loans, parc.daysLent]).toEqual([
      [1, 1, 0],
      [3, 4, -25],
    ]);
    const priority = await filtered({ priorityNeighbourhood: true });
    expect([priority.loans, priority.daysLent]).toEqual([tilleuls.loans, tilleuls.daysLent]);
    const information = await filtered({ themeSlug: 'information' });
    expect([information.loans, information.daysLent]).toEqual([
      [1, 2, -50],
      [3, 11, -73],
    ]);
    const parents = await filtered({ audienceSlug: 'parents' });
    expect(parents.loans).toEqual([0, 0, null]);
  });

  it('filters by organisation, priority neighbourhood, theme and audience', async () => {
    await signInAs(api, data.admin);
    const tilleuls = readReport(await report({ ...REPORT_PERIOD, filters: { organisationSlug: data.tilleuls.slug } }));
    expect(tilleuls.figures.debriefs).toEqual([2, 1, 100]);
    expect(tilleuls.figures.participants).toEqual([22, 8, 175]);
    expect(tilleuls.figures.eventsHeld).toEqual([1, 0, null]);
    expect(tilleuls.figures.activeMembers).toEqual([2, 1, 100]);
    const priority = readReport(await report({ ...REPORT_PERIOD, filters: { priorityNeighbourhood: true } }));
    expect(priority.figures.debriefs).toEqual(tilleuls.figures.debriefs);
    expect(priority.figures.organisationsAtEnd).toEqual([1, 1, 0]);
    const information = readReport(await report({ ...REPORT_PERIOD, filters: { themeSlug: 'information' } }));
    expect(information.figures.debriefs).toEqual([1, 2, -50]);
    expect(information.figures.resourcesShared).toEqual([1, 1, 0]);
    const parents = readReport(await report({ ...REPORT_PERIOD, filters: { audienceSlug: 'parents' } }));
    expect(parents.figures.resourcesShared).toEqual([1, 0, null]);
    expect(parents.figures.debriefs).toEqual([0, 0, null]);
  });

  it('defaults to the last 12 months, ending today in Paris', async () => {
    await signInAs(api, data.coordinator);
    const answer = await report(null);
    expect(answer.period).toEqual({ from: '2025-06-16', to: '2026-06-15' });
  });

  it('refuses a period ending before it starts, or longer than five years, naming the field', async () => {
    await signInAs(api, data.coordinator);
    const reversed = await api.gql(REPORT, { input: { from: '2026-03-01', to: '2026-01-01' } });
    expect(reversed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(reversed.errors?.[0].message).toBe('Fin de la période : ne peut pas précéder le début de la période.');
    const tooLong = await api.gql(REPORT, { input: { from: '2020-01-01', to: '2025-01-01' } });
    expect(tooLong.errors?.[0].message).toBe('Fin de la période : 5 ans au plus.');
    const notADate = await api.gql(REPORT, { input: { from: '2026-02-30', to: '2026-03-01' } });
    expect(notADate.errors?.[0].extensions?.issues).toEqual([
      { field: 'from', rule: 'date', message: 'Début de la période : indiquez une date au format AAAA-MM-JJ.' },
    ]);
  });

  it('is for coordinators and admins: visitors and members are refused', async () => {
    api.signOut();
    expect((await api.gql(REPORT, { input: REPORT_PERIOD })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await signInAs(api, data.member);
    expect((await api.gql(REPORT, { input: REPORT_PERIOD })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await signInAs(api, data.admin);
    expect((await api.gql(REPORT, { input: REPORT_PERIOD })).errors).toBeUndefined();
  });
});
