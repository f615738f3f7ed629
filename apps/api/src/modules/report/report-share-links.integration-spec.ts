import { TestApi, startTestApi } from '../../../test/api-harness';
import { signInAs } from '../../../test/factories';
import { FixedClock } from '../../../test/fixed-clock';
import {
  REPORT_FIELDS,
  REPORT_NOW,
  REPORT_PERIOD,
  makeReportDataSet,
  type ReportAnswer,
  type ReportDataSet,
} from '../../../test/report-data-set';

const CREATE = `mutation Create($input: ReportShareLinkInput!) {
  createReportShareLink(input: $input) { token link { id label period { from to } filters { organisationSlug priorityNeighbourhood } revokedAt } }
}`;
const REVOKE = `mutation Revoke($id: ID!) { revokeReportShareLink(id: $id) { id revokedAt } }`;
const LINKS = `{ reportShareLinks { id label createdByName revokedAt } }`;
const SHARED = `query Shared($token: String!) { sharedActivityReport(token: $token) { ${REPORT_FIELDS} } }`;
const REPORT = `query Report($input: ActivityReportInput) { activityReport(input: $input) { ${REPORT_FIELDS} } }`;

type Created = {
  createReportShareLink: { token: string; link: { id: string; label: string; revokedAt: string | null } };
};

describe('Share links of the activity report (GraphQL over HTTP, real PostgreSQL)', () => {
  let api: TestApi;
  let data: ReportDataSet;
  const clock = new FixedClock(REPORT_NOW);
  const create = async (input: Record<string, unknown>) => {
    const result = await api.gql<Created>(CREATE, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.createReportShareLink;
  };
  const shared = async (token: string) => api.gql<{ sharedActivityReport: ReportAnswer }>(SHARED, { token });
  const table = (report: ReportAnswer, id: string) => report.tables.find((t) => t.id === id)!;

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    data = await makeReportDataSet(api);
  });
  afterAll(() => api.close());

  it('shows a funder without an account the report of the link’s period, with counts below 3 in tables as « < 3 »', async () => {
    await signInAs(api, data.coordinator);
    const { token, link } = await create({ label: 'Métropole — bilan intermédiaire', ...REPORT_PERIOD });
    expect(link.label).toBe('Métropole — bilan intermédiaire');
    api.signOut();
    const result = await shared(token);
    expect(result.errors).toBeUndefined();
    const report = result.data!.sharedActivityReport;
    expect(report.shared).toBe(true);
    expect(report.period).toEqual(REPORT_PERIOD);
    // Totals single out no one: they stay.
    expect(report.figures.find((f) => f.id === 'debriefs')).toMatchObject({ value: 4, previous: 2 });
    expect(table(report, 'fieldWorkByAgeBand').rows).toEqual([
      {
        key: '8-11 ans',
        label: expect.stringMatching(/^8-11 ans$/i),
        resourceSlug: null,
        values: [null, 22],
        previous: [null, 8],
        suppressed: [true, false],
        previousSuppressed: [true, false],
      },
      expect.objectContaining({ key: '', values: [null, 20], suppressed: [true, false], previous: [0, 0] }),
      expect.objectContaining({
        key: '12-15 ans',
        values: [null, null],
        suppressed: [true, true],
        previous: [null, 6],
      }),
    ]);
    // Rankings name only resources a visitor may see: T1 is for members, T2 is public.
    expect(table(report, 'mostUsedTools').rows.map((row) => [row.key, row.label, row.values])).toEqual([
      ['', '', [3, 24]],
      [data.tools.t2.slug, 'Info ou intox', [null, 20]],
    ]);
    // Averages are not counts.
    expect(table(report, 'bestRatedTools').rows[0].values).toEqual([4, 3]);
    // Equipment: loan totals stay; visitors see no kit, so none is named; small loan counts are « < 3 ».
    expect(report.figures.find((f) => f.id === 'loans')).toMatchObject({ value: 3, previous: 2 });
    expect(table(report, 'mostLentKits').rows).toEqual([
      expect.objectContaining({
        key: '',
        label: '',
        resourceSlug: null,
        values: [null, 17],
        suppressed: [true, false],
      }),
      expect.objectContaining({ key: '', label: '', resourceSlug: null, values: [null, 3], suppressed: [true, false] }),
    ]);
    expect(table(report, 'loansByOwner').rows).toEqual([
      expect.objectContaining({ key: data.parc.slug, values: [null, 17], previous: [0, 0], suppressed: [true, false] }),
      expect.objectContaining({
        key: data.tilleuls.slug,
        values: [null, 3],
        previous: [null, 11],
        previousSuppressed: [true, false],
      }),
    ]);
  });

  it('shows coordinators their own report without suppression', async () => {
    await signInAs(api, data.coordinator);
    const result = await api.gql<{ activityReport: ReportAnswer }>(REPORT, { input: REPORT_PERIOD });
    const report = result.data!.activityReport;
    expect(report.shared).toBe(false);
    expect(report.tables.flatMap((t) => t.rows.flatMap((row) => row.suppressed)).some(Boolean)).toBe(false);
    expect(table(report, 'fieldWorkByAgeBand').rows[2].values).toEqual([1, 2]);
  });

  it('keeps the link’s filters, and refuses a revoked or unknown token', async () => {
    await signInAs(api, data.admin);
    const { token, link } = await create({
      label: 'Quartiers prioritaires',
      ...REPORT_PERIOD,
      filters: { organisationSlug: data.tilleuls.slug },
    });
    api.signOut();
    const before = (await shared(token)).data!.sharedActivityReport;
    expect(before.figures.find((f) => f.id === 'debriefs')).toMatchObject({ value: 2, previous: 1 });
    await signInAs(api, data.admin);
    const revoked = await api.gql<{ revokeReportShareLink: { revokedAt: string } }>(REVOKE, { id: link.id });
    expect(revoked.data!.revokeReportShareLink.revokedAt).toBe(new Date(REPORT_NOW).toISOString());
    api.signOut();
    expect((await shared(token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await shared('pas-un-jeton')).errors?.[0].message).toBe(
      'Ce lien de partage du rapport n’existe pas ou a été retiré.',
    );
    const audit = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE subject = $1 ORDER BY created_at, action`,
      [link.id],
    );
    expect(audit.map((row: { action: string }) => row.action).sort()).toEqual([
      'report-share-link.created',
      'report-share-link.revoked',
    ]);
  });

  it('lets only coordinators and admins list, create and revoke links', async () => {
    await signInAs(api, data.coordinator);
    const links = await api.gql<{
      reportShareLinks: { label: string; createdByName: string; revokedAt: string | null }[];
    }>(LINKS);
    expect(links.data!.reportShareLinks.map((l) => [l.label, l.revokedAt === null])).toEqual([
      ['Métropole — bilan intermédiaire', true],
      ['Quartiers prioritaires', false],
    ]);
    await signInAs(api, data.member);
    expect((await api.gql(LINKS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(CREATE, { input: { label: 'x', ...REPORT_PERIOD } })).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    api.signOut();
    expect((await api.gql(LINKS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
