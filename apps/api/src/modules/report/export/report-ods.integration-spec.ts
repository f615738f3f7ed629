import { REPORT_LABELS_FR, REPORT_SECTIONS, type ReportColumnId, type ReportFigureId } from '@culture-commune/shared';
import { TestApi, startTestApi } from '../../../../test/api-harness';
import { signInAs } from '../../../../test/factories';
import { FixedClock } from '../../../../test/fixed-clock';
import { plain, readOds, type ReadOds } from '../../../../test/ods-read';
import {
  REPORT_FIELDS,
  REPORT_NOW,
  REPORT_PERIOD,
  makeReportDataSet,
  type ReportAnswer,
  type ReportDataSet,
} from '../../../../test/report-data-set';
import { RATE_LIMITS } from '../../../security/rate-limits';
import { REPORT_SHEET_NAMES_FR } from './report-sheet-names';

const REPORT = `query Report($input: ActivityReportInput) { activityReport(input: $input) { ${REPORT_FIELDS} } }`;
const SHARED = `query($token: String!) { sharedActivityReport(token: $token) { ${REPORT_FIELDS} } }`;
const CREATE = `mutation Create($input: ReportShareLinkInput!) { createReportShareLink(input: $input) { token link { id } } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeReportShareLink(id: $id) { id } }`;
const NETWORK = 'Réseau éducation aux médias du Grand Chambéry';
const PERIOD_QUERY = `du=${REPORT_PERIOD.from}&au=${REPORT_PERIOD.to}`;
const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

type Sheet = ReadOds['sheets'][number];

describe('The activity report as an ODS spreadsheet, unzipped and parsed: the figures GraphQL returns, one sheet per table', () => {
  let api: TestApi;
  let data: ReportDataSet;
  let origin: string;

  let downloads = 0; // this address's, counted against reportExportsPerAddress
  const download = async (query: string, cookie = api.cookie) => {
    downloads += 1;
    const response = await fetch(`${origin}/rapport/export.ods?${query}`, { headers: cookie ? { cookie } : {} });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      disposition: response.headers.get('content-disposition'),
      retryAfter: response.headers.get('retry-after'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  const odsOf = async (query: string) => {
    const { status, type, body } = await download(query);
    expect([status, type]).toEqual([200, ODS]);
    return readOds(body);
  };
  const sheet = (ods: ReadOds, name: string) => ods.sheets.find((candidate) => candidate.name === name)!;
  const rowsOf = (of: Sheet) => of.rows.map(plain);
  const rowStarting = (of: Sheet, ...start: (string | number | null)[]) =>
    rowsOf(of).find((row) => start.every((cell, i) => row[i] === cell));

  /** Every figure of the GraphQL report on the Synthèse sheet: value, previous, change, as numbers. */
  const expectFigures = (ods: ReadOds, report: ReportAnswer) => {
    const summary = sheet(ods, 'Synthèse');
    for (const figure of report.figures) {
      const label = REPORT_LABELS_FR.figures[figure.id as ReportFigureId];
      expect([
        figure.id,
        rowStarting(summary, REPORT_LABELS_FR.sections[figure.section as 'fieldWork'], label)?.slice(2, 5),
      ]).toEqual([figure.id, [figure.value ?? '—', figure.previous ?? '—', figure.changePercent ?? 'Rien à comparer']]);
    }
  };

  /** Every table of the GraphQL report on its sheet: the title, the CSV's header, each row's counts in order. */
  const expectTables = (ods: ReadOds, report: ReportAnswer) => {
    for (const table of report.tables) {
      const rows = rowsOf(sheet(ods, REPORT_SHEET_NAMES_FR[table.id as keyof typeof REPORT_SHEET_NAMES_FR]));
      expect(rows[0]).toEqual([REPORT_LABELS_FR.tables[table.id as keyof typeof REPORT_LABELS_FR.tables]]);
      const header = rows[1] as string[];
      const comparable = header.length === 1 + 2 * table.columns.length;
      const names = table.columns.map((column) => REPORT_LABELS_FR.columns[column as ReportColumnId]);
      expect(header).toEqual([
        'Intitulé',
        ...names.flatMap((name) => (comparable ? [name, `${name} (période précédente)`] : [name])),
      ]);
      if (table.rows.length === 0) expect(rows.slice(2)).toEqual([['Aucune donnée pour cette période.']]);
      table.rows.forEach((row, r) => {
        const counts = table.columns.flatMap((_, i) => {
          const current = row.suppressed[i] ? '< 3' : (row.values[i] ?? '—');
          const previous = row.previousSuppressed[i] ? '< 3' : (row.previous[i] ?? '—');
          return comparable ? [current, previous] : [current];
        });
        expect([table.id, rows[2 + r].slice(1)]).toEqual([table.id, counts]);
        if (row.label && !['fieldWorkByMonth', 'resourcesByType'].includes(table.id))
          expect(rows[2 + r][0]).toBe(row.label);
      });
      expect(rows.length).toBe(2 + Math.max(1, table.rows.length));
    }
  };

  beforeAll(async () => {
    api = await startTestApi({
      indexer: false,
      clock: new FixedClock(REPORT_NOW),
      env: { NETWORK_NAME: NETWORK },
    });
    data = await makeReportDataSet(api);
    origin = new URL(api.url).origin;
  });
  afterAll(() => api.close());

  it('gives a coordinator an OpenDocument file: mimetype first and stored, « Synthèse » then one sheet per table, GraphQL’s figures as numbers', async () => {
    await signInAs(api, data.coordinator);
    const report = (await api.gql<{ activityReport: ReportAnswer }>(REPORT, { input: REPORT_PERIOD })).data!
      .activityReport;
    const { disposition } = await download(PERIOD_QUERY);
    expect(disposition).toBe(`attachment; filename="rapport-${REPORT_PERIOD.from}-${REPORT_PERIOD.to}.ods"`);
    const ods = await odsOf(PERIOD_QUERY);

    expect(ods.first).toEqual({ name: 'mimetype', method: 0, content: ODS });
    expect(ods.entries).toEqual(['mimetype', 'content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']);
    const tablesInOrder = REPORT_SECTIONS.flatMap((section) => report.tables.filter((t) => t.section === section));
    expect(ods.sheets.map((s) => s.name)).toEqual([
      'Synthèse',
      ...tablesInOrder.map((t) => REPORT_SHEET_NAMES_FR[t.id as keyof typeof REPORT_SHEET_NAMES_FR]),
    ]);
    expect(ods.sheets.length).toBe(1 + report.tables.length);
    for (const { name } of ods.sheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }

    const summary = sheet(ods, 'Synthèse');
    expect(rowsOf(summary).slice(0, 6)).toEqual([
      [NETWORK],
      ['Rapport d’activité'],
      ['Période', 'Du 1 janvier 2026 au 31 mars 2026'],
      ['Période précédente', 'Du 3 octobre 2025 au 31 décembre 2025'],
      ['Filtres', 'Sans filtre\u00a0: tout le réseau'],
      // REPORT_NOW is 10:00 UTC, noon in Paris.
      ['Calculé le', '15 juin 2026 à 12:00'],
    ]);
    expect(rowStarting(summary, 'Section')).toEqual([
      'Section',
      'Indicateur',
      'Période',
      'Période précédente',
      'Évolution (%)',
      'Unité',
    ]);
    // Numbers are numeric cells, that a spreadsheet adds up.
    expect(rowStarting(summary, 'Ateliers sur le terrain', 'Ateliers débriefés')).toEqual([
      'Ateliers sur le terrain',
      'Ateliers débriefés',
      4,
      2,
      100,
      null,
    ]);
    expect(summary.rows.find((row) => plain(row)[1] === 'Ateliers débriefés')![2]).toEqual({ float: 4 });
    expect(rowStarting(summary, 'Ateliers sur le terrain', 'Note moyenne')?.[5]).toBe('sur 5');
    expectFigures(ods, report);

    expectTables(ods, report);
    const band = report.tables.find((t) => t.id === 'fieldWorkByAgeBand')!.rows.find((r) => r.key === '8-11 ans')!;
    expect(rowStarting(sheet(ods, 'Participant·es par âge'), '8-11 ans')).toEqual([
      '8-11 ans',
      2,
      band.previous[0],
      22,
      band.previous[1],
    ]);
    expect(rowStarting(sheet(ods, 'Outils les plus utilisés'), data.tools.t1.title)?.slice(1, 3)).toEqual([3, 24]);
    expect(JSON.stringify(ods.sheets)).not.toContain('< 3');
  });

  it('names the filters on the Synthèse sheet', async () => {
    await signInAs(api, data.admin);
    const ods = await odsOf(`${PERIOD_QUERY}&structure=${data.tilleuls.slug}&theme=jeux-video&qpv=1`);
    expect(rowStarting(sheet(ods, 'Synthèse'), 'Filtres')).toEqual([
      'Filtres',
      `Thème\u00a0: Jeux vidéo ; Structure\u00a0: ${data.tilleuls.name} ; Structures en quartier prioritaire seulement`,
    ]);
  });

  it('refuses a member (403), someone signed out (401) and a malformed period (400, naming the field), in plain text', async () => {
    await signInAs(api, data.member);
    const refused = await download(PERIOD_QUERY);
    expect(refused.status).toBe(403);
    expect(refused.type).toMatch(/^text\/plain/);
    api.signOut();
    expect((await download(PERIOD_QUERY, '')).status).toBe(401);
    await signInAs(api, data.coordinator);
    const bad = await download('du=2026-02-30&au=2026-03-31');
    expect([bad.status, bad.type]).toEqual([400, expect.stringMatching(/^text\/plain/)]);
    expect(bad.body.toString()).toMatch(/début/i);
  });

  it('gives a share link’s holder the link’s report without an account, « < 3 » as text, no restricted resource named; not once revoked', async () => {
    await signInAs(api, data.coordinator);
    const created = await api.gql<{ createReportShareLink: { token: string; link: { id: string } } }>(CREATE, {
      input: { label: 'Métropole — bilan intermédiaire', ...REPORT_PERIOD },
    });
    const { token, link } = created.data!.createReportShareLink;
    api.signOut();
    const shared = (await api.gql<{ sharedActivityReport: ReportAnswer }>(SHARED, { token })).data!
      .sharedActivityReport;
    const query = new URLSearchParams({ partage: token }).toString();
    const ods = await odsOf(query);

    expect(ods.first).toEqual({ name: 'mimetype', method: 0, content: ODS });
    const summary = sheet(ods, 'Synthèse');
    expect(rowStarting(summary, 'Période')).toEqual(['Période', 'Du 1 janvier 2026 au 31 mars 2026']);
    expect(rowStarting(summary, 'Partage')).toEqual(['Partage', 'Rapport partagé en lecture seule']);
    expectFigures(ods, shared);
    expectTables(ods, shared);
    const ageBands = sheet(ods, 'Participant·es par âge');
    const band = shared.tables.find((t) => t.id === 'fieldWorkByAgeBand')!.rows.find((r) => r.key === '8-11 ans')!;
    expect(band.suppressed).toEqual([true, false]);
    expect(ageBands.rows.find((row) => plain(row)[0] === '8-11 ans')).toEqual([
      { text: '8-11 ans' },
      { text: '< 3' },
      { text: '< 3' },
      { float: 22 },
      { float: band.previous[1] },
    ]);
    const text = JSON.stringify(ods.sheets);
    expect(text).toContain('Ressource réservée aux membres');
    expect(text).not.toContain(data.tools.t1.title);

    await signInAs(api, data.coordinator);
    await api.gql(REVOKE, { id: link.id });
    api.signOut();
    const revoked = await download(query, '');
    expect(revoked.status).toBe(404);
    expect(revoked.body.toString().trim()).toBe('Ce lien de partage du rapport n’existe pas ou a été retiré.');
  });

  // Last: it spends this address's budget.
  it(`past ${RATE_LIMITS.reportExportsPerAddress.max} spreadsheets in the window, 429 with Retry-After and no attachment`, async () => {
    await signInAs(api, data.coordinator);
    const { max, windowSeconds } = RATE_LIMITS.reportExportsPerAddress;
    while (downloads < max) expect((await download(PERIOD_QUERY)).status).toBe(200);
    const refused = await download(PERIOD_QUERY);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.retryAfter);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
    expect(refused.disposition).toBeNull();
  }, 120_000);
});
