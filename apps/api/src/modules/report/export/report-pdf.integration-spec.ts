import { existsSync } from 'node:fs';
import { TestApi, startTestApi } from '../../../../test/api-harness';
import { signInAs } from '../../../../test/factories';
import { FixedClock } from '../../../../test/fixed-clock';
import { pdfText } from '../../../../test/pdf-text';
import {
  REPORT_FIELDS,
  REPORT_NOW,
  REPORT_PERIOD,
  makeReportDataSet,
  type ReportAnswer,
  type ReportDataSet,
} from '../../../../test/report-data-set';

const REPORT = `query Report($input: ActivityReportInput) { activityReport(input: $input) { ${REPORT_FIELDS} } }`;
const CREATE = `mutation Create($input: ReportShareLinkInput!) { createReportShareLink(input: $input) { token link { id } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeReportShareLink(id: $id) { id } }`;
const NETWORK = 'Réseau éducation aux médias du Grand Chambéry';
const PERIOD_QUERY = `du=${REPORT_PERIOD.from}&au=${REPORT_PERIOD.to}`;

/** PDF text with every run of spaces (PDF.js's, no-break, narrow no-break) as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('The activity report as a PDF, parsed back: the figures GraphQL returns, for the report’s readers only', () => {
  let api: TestApi;
  let data: ReportDataSet;
  let origin: string;
  const clock = new FixedClock(REPORT_NOW);

  const download = async (query: string, cookie = api.cookie) => {
    const response = await fetch(`${origin}/rapport/export.pdf?${query}`, { headers: cookie ? { cookie } : {} });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  const pdfOf = async (query: string) => {
    const { status, type, body } = await download(query);
    expect([status, type]).toEqual([200, 'application/pdf']);
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    return flat(pdfText(body));
  };
  const figure = (report: ReportAnswer, id: string) => report.figures.find((f) => f.id === id)!;
  const row = (report: ReportAnswer, table: string, key: string) =>
    report.tables.find((t) => t.id === table)!.rows.find((r) => r.key === key)!;

  beforeAll(async () => {
    const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
    if (!existsSync(chromium)) throw new Error('Chromium is needed for this suite (CHROMIUM_PATH)');
    api = await startTestApi({ indexer: false, clock, env: { CHROMIUM_PATH: chromium, NETWORK_NAME: NETWORK } });
    data = await makeReportDataSet(api);
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it('gives a coordinator the whole report: network, period, date, and the figures and tables GraphQL returns', async () => {
    await signInAs(api, data.coordinator);
    const report = (await api.gql<{ activityReport: ReportAnswer }>(REPORT, { input: REPORT_PERIOD })).data!
      .activityReport;
    const { disposition } = await download(PERIOD_QUERY);
    expect(disposition).toBe(`attachment; filename="rapport-${REPORT_PERIOD.from}-${REPORT_PERIOD.to}.pdf"`);
    const text = await pdfOf(PERIOD_QUERY);

    expect(text).toContain(NETWORK);
    expect(text).toContain('Rapport d’activité');
    expect(text).toContain('Du 1 janvier 2026 au 31 mars 2026, comparé au 3 octobre 2025 – 31 décembre 2025.');
    expect(text).toContain('Sans filtre : tout le réseau.');
    // REPORT_NOW is 10:00 UTC, noon in Paris.
    expect(text).toContain('Calculé le 15 juin 2026 à 12:00.');
    for (const section of ['Ateliers sur le terrain', 'Bibliothèque', 'Rencontres', 'Réseau', 'Équipement'])
      expect(text).toContain(section);

    const debriefs = figure(report, 'debriefs');
    expect([debriefs.value, debriefs.previous, debriefs.changePercent]).toEqual([4, 2, 100]);
    expect(text).toContain(`Ateliers débriefés ${debriefs.value} ${debriefs.previous} +${debriefs.changePercent} %`);
    const participants = figure(report, 'participants');
    expect(text).toContain(
      `Participant·es touché·es ${participants.value} ${participants.previous} +${participants.changePercent} %`,
    );
    const rating = figure(report, 'averageRating');
    expect(text).toContain(`Note moyenne ${rating.value} / 5 ${rating.previous} / 5 +${rating.changePercent} %`);
    expect(text).toContain(`Ateliers avec des parents présents ${figure(report, 'parentsPresentShare').value} %`);
    const loans = figure(report, 'loans');
    expect(text).toContain(`Prêts de malles ${loans.value} ${loans.previous}`);

    // A cross-tab, with the previous period after each column; a ranking names its tools.
    const band = row(report, 'fieldWorkByAgeBand', '8-11 ans');
    expect(band.values).toEqual([2, 22]);
    expect(text).toContain('Participant·es par tranche d’âge');
    expect(text).toContain(`${band.label} ${band.values[0]} ${band.previous[0]} ${band.values[1]} ${band.previous[1]}`);
    const tilleuls = row(report, 'fieldWorkByOrganisation', data.tilleuls.slug);
    expect(text).toContain(`${data.tilleuls.name} ${tilleuls.values[0]} ${tilleuls.previous[0]} ${tilleuls.values[1]}`);
    expect(text).toContain(`${data.tools.t1.title} 3 24`);
    expect(text).not.toContain('< 3');
    // « page X / Y » at the foot of every page, the last one naming the count.
    const pages = Number(/page 1 \/ (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`page ${page} / ${pages}`);
    expect(text).not.toContain(`page ${pages + 1} / `);
  });

  it('names the filters', async () => {
    await signInAs(api, data.admin);
    const text = await pdfOf(`${PERIOD_QUERY}&structure=${data.tilleuls.slug}&theme=jeux-video&qpv=1`);
    expect(text).toContain(
      `Filtres : Thème : Jeux vidéo ; Structure : ${data.tilleuls.name} ; Structures en quartier prioritaire seulement.`,
    );
  });

  it('refuses a member (403), someone signed out (401) and a malformed period (400), in plain text', async () => {
    await signInAs(api, data.member);
    const refused = await download(PERIOD_QUERY);
    expect(refused.status).toBe(403);
    expect(refused.type).toMatch(/^text\/plain/);
    api.signOut();
    expect((await download(PERIOD_QUERY, '')).status).toBe(401);
    await signInAs(api, data.coordinator);
    expect((await download('du=2026-02-30&au=2026-03-31')).status).toBe(400);
  });

  it('prints a share link’s report without an account, with counts below 3 in tables as « < 3 »; not once revoked', async () => {
    await signInAs(api, data.coordinator);
    const created = await api.gql<{ createReportShareLink: { token: string; link: { id: string } } }>(CREATE, {
      input: { label: 'Métropole — bilan intermédiaire', ...REPORT_PERIOD },
    });
    const { token, link } = created.data!.createReportShareLink;
    api.signOut();
    const shared = (
      await api.gql<{ sharedActivityReport: ReportAnswer }>(
        `query($token: String!) { sharedActivityReport(token: $token) { ${REPORT_FIELDS} } }`,
        { token },
      )
    ).data!.sharedActivityReport;
    const query = new URLSearchParams({ partage: token }).toString();
    const text = await pdfOf(query);

    expect(text).toContain('Du 1 janvier 2026 au 31 mars 2026');
    expect(text).toContain('Rapport partagé en lecture seule.');
    // Totals stay; small counts in tables are « < 3 », as the share page shows them.
    const debriefs = figure(shared, 'debriefs');
    expect(text).toContain(`Ateliers débriefés ${debriefs.value} ${debriefs.previous}`);
    const band = row(shared, 'fieldWorkByAgeBand', '8-11 ans');
    expect(band.suppressed).toEqual([true, false]);
    expect(text).toContain(`${band.label} < 3 < 3 ${band.values[1]} ${band.previous[1]}`);
    expect(text).toContain('« < 3 » : moins de 3, masqué pour que personne ne soit reconnaissable.');
    // Rankings name only what a visitor may see.
    expect(text).toContain('Ressource réservée aux membres');
    expect(text).not.toContain(data.tools.t1.title);

    await signInAs(api, data.coordinator);
    await api.gql(REVOKE, { id: link.id });
    api.signOut();
    const revoked = await download(query, '');
    expect(revoked.status).toBe(404);
    expect(revoked.body.toString().trim()).toBe('Ce lien de partage du rapport n’existe pas ou a été retiré.');
  });
});
