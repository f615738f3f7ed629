import { TestApi, startTestApi } from '../../../test/api-harness';
import { FixedClock } from '../../../test/fixed-clock';
import {
  MadeMember,
  makeEvent,
  makeMember,
  makeOrganisation,
  makeResource,
  makeDebrief,
  signInAs,
} from '../../../test/factories';
import type { Actor } from '../../common/auth/actor';
import { JobScheduler } from '../jobs/job-scheduler.service';
import { kitsPolicy } from './kits.policy';

const KIT_FIELDS = `slug name organisation { slug } items { label quantity } conditionNotes pickupPlace loanConditions
  viewerCanManage resources { slug } debriefs { id resource { slug } }`;
const LOAN_FIELDS = `id kit { slug } requester { slug } organisation { slug } event { slug } purpose firstDay lastDay
  periodLabel status refusedReason handedOverAt returnedAt returnCheck { label missing broken note } viewerCanHandle viewerCanCancel`;
const CREATE = `mutation($input: KitInput!) { createKit(input: $input) { ${KIT_FIELDS} } }`;
const UPDATE = `mutation($slug: String!, $input: KitInput!) { updateKit(slug: $slug, input: $input) { ${KIT_FIELDS} } }`;
const KIT = `query($slug: String!) { kit(slug: $slug) { ${KIT_FIELDS} loans { id status } } }`;
const KITS = `query { kits { slug } }`;
const REQUEST = `mutation($input: KitLoanRequestInput!) { requestKitLoan(input: $input) { ${LOAN_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptKitLoan(id: $id) { ${LOAN_FIELDS} } }`;
const REFUSE = `mutation($id: ID!, $reason: String!) { refuseKitLoan(id: $id, reason: $reason) { ${LOAN_FIELDS} } }`;
const HAND_OVER = `mutation($id: ID!) { handOverKitLoan(id: $id) { ${LOAN_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $check: [KitReturnCheckLineInput!]!) { returnKitLoan(id: $id, check: $check) { ${LOAN_FIELDS} } }`;

interface Loan {
  id: string;
  status: string;
  periodLabel: string;
  refusedReason: string | null;
  returnCheck: { label: string; missing: number }[];
  viewerCanHandle: boolean;
  event: { slug: string } | null;
}

describe('Kits and loans', () => {
  let api: TestApi;
  // « Today » for the API: 1 March 2027 in Paris; requests before it are in the past.
  const clock = new FixedClock('2027-03-01T09:00:00+01:00');
  let owner: MadeMember;
  let colleague: MadeMember;
  let borrower: MadeMember;
  let other: MadeMember;
  let admin: MadeMember;
  let ownerOrg: { id: string; slug: string };
  let borrowerOrg: { id: string; slug: string };
  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code ?? 'ok';
  const as = (member: MadeMember | 'visitor') => (member === 'visitor' ? api.signOut() : signInAs(api, member));

  const kitInput = (overrides: Record<string, unknown> = {}) => ({
    name: 'Malle tablettes (8 iPad + chargeurs)',
    organisationSlug: ownerOrg.slug,
    description: 'Huit tablettes prêtes pour les ateliers.',
    items: [
      { label: 'iPad', quantity: 8 },
      { label: 'Chargeur', quantity: 8 },
    ],
    conditionNotes: '',
    pickupPlace: 'Accueil de la médiathèque',
    loanConditions: 'Deux semaines au plus.',
    resourceSlugs: [],
    ...overrides,
  });

  async function makeKit(overrides: Record<string, unknown> = {}): Promise<string> {
    await as(owner);
    const result = await api.gql<{ createKit: { slug: string } }>(CREATE, { input: kitInput(overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.createKit.slug;
  }

  async function ask(member: MadeMember, kitSlug: string, startsOn: string, endsOn: string, extra = {}) {
    await as(member);
    return api.gql<{ requestKitLoan: Loan }>(REQUEST, {
      input: { kitSlug, startsOn, endsOn, purpose: 'Atelier découverte', ...extra },
    });
  }

  /** A GraphQL call with a given session, so that several people's calls can run at once. */
  async function gqlWith<T>(cookie: string, query: string, variables: Record<string, unknown>) {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  }

  beforeAll(async () => {
    api = await startTestApi({ indexer: false, clock });
    await api.seedDemo();
    ownerOrg = await makeOrganisation(api, { name: 'Médiathèque qui prête' });
    borrowerOrg = await makeOrganisation(api, { name: 'Centre social emprunteur' });
    owner = await makeMember(api, { organisationId: ownerOrg.id, name: 'Odile Prêteuse' });
    colleague = await makeMember(api, { organisationId: ownerOrg.id });
    borrower = await makeMember(api, { organisationId: borrowerOrg.id, name: 'Bruno Emprunteur' });
    other = await makeMember(api, { organisationId: borrowerOrg.id });
    admin = await makeMember(api, { role: 'admin' });
  });
  afterAll(() => api.close());

  it('members see kits, visitors none; only the owner organisation’s members and admins edit them and see their loans', async () => {
    const slug = await makeKit();
    expect((await api.gql<{ createKit: unknown }>(KIT, { slug })).data!).toMatchObject({
      kit: {
        organisation: { slug: ownerOrg.slug },
        items: [
          { label: 'iPad', quantity: 8 },
          { label: 'Chargeur', quantity: 8 },
        ],
        viewerCanManage: true,
      },
    });
    await ask(borrower, slug, '2027-04-01', '2027-04-02');

    await as('visitor');
    expect(code(await api.gql(KITS))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql(KIT, { slug }))).toBe('UNAUTHENTICATED');

    const seen: Record<string, { canManage: boolean; loans: number; update: string }> = {};
    for (const [name, member] of [
      ['member', other],
      ['owner member', colleague],
      ['admin', admin],
    ] as const) {
      await as(member);
      const listed = await api.gql<{ kits: { slug: string }[] }>(KITS);
      expect(listed.errors).toBeUndefined();
      const kits = listed.data!.kits.map((kit) => kit.slug);
      expect(kits).toContain(slug);
      const kit = (await api.gql<{ kit: { viewerCanManage: boolean; loans: unknown[] } }>(KIT, { slug })).data!.kit;
      const update = code(await api.gql(UPDATE, { slug, input: kitInput({ loanConditions: `Par ${name}` }) }));
      seen[name] = { canManage: kit.viewerCanManage, loans: kit.loans.length, update };
    }
    expect(seen).toEqual({
      member: { canManage: false, loans: 0, update: 'FORBIDDEN' },
      'owner member': { canManage: true, loans: 1, update: 'ok' },
      admin: { canManage: true, loans: 1, update: 'ok' },
    });
    // A member creates kits for their own organisation only.
    await as(other);
    expect(code(await api.gql(CREATE, { input: kitInput() }))).toBe('FORBIDDEN');
    expect(
      code(
        await api.gql(CREATE, { input: kitInput({ organisationSlug: borrowerOrg.slug, name: 'Robots Thymio ×6' }) }),
      ),
    ).toBe('ok');
  });

  it('the demo library has the founding organisations’ kits; the tablets’ page shows its history to the médiathèque', async () => {
    await api.signIn('claire.mounier@example.org', undefined, { reuse: true });
    const kits = (await api.gql<{ kits: { slug: string }[] }>(KITS)).data!.kits.map((kit) => kit.slug);
    expect(kits).toEqual(expect.arrayContaining(['malle-tablettes', 'robots-thymio', 'casques-vr']));
    const tablets = await api.gql<{ kit: { loans: { status: string }[]; debriefs: unknown[]; name: string } }>(
      `query { kit(slug: "malle-tablettes") { name loans { status } debriefs { id } } }`,
    );
    expect(tablets.data!.kit.name).toBe('Malle tablettes (8 iPad + chargeurs)');
    expect(tablets.data!.kit.loans.map((loan) => loan.status)).toEqual(['RETURNED', 'RETURNED']);
    expect(tablets.data!.kit.debriefs.length).toBeGreaterThan(0);
  });

  it('archived kits stay visible to their owners and admins only; the SQL rule agrees with the in-memory one', async () => {
    const slug = await makeKit({ name: 'Malle archivée' });
    await api.gql(`mutation($slug: String!) { archiveKit(slug: $slug) { slug } }`, { slug });
    await as(other);
    expect(code(await api.gql(KIT, { slug }))).toBe('NOT_FOUND');
    await as(colleague);
    expect(code(await api.gql(KIT, { slug }))).toBe('ok');
    const kits: { id: string; organisation_id: string; archived_at: Date | null }[] = await api.dataSource.query(
      `SELECT id, organisation_id, archived_at FROM kits`,
    );
    const actor = (member: MadeMember, role: Actor['role'], organisationId: string | null): Actor => ({
      id: member.id,
      role,
      organisationId,
      sessionHash: '',
    });
    for (const who of [
      null,
      actor(other, 'member', borrowerOrg.id),
      actor(colleague, 'member', ownerOrg.id),
      actor(admin, 'admin', null),
    ]) {
      const rows: { id: string }[] = await api.dataSource.query(
        `SELECT k.id FROM kits k WHERE ${kitsPolicy.sqlVisible(who, 'k', '$1')} ORDER BY k.id`,
        [who?.organisationId ?? null],
      );
      const inMemory = kits
        .filter((kit) => kitsPolicy.canView(who, { organisationId: kit.organisation_id, archivedAt: kit.archived_at }))
        .map((kit) => kit.id)
        .sort();
      expect(rows.map((row) => row.id)).toEqual(inMemory);
    }
  });

  it('a kit form with a bad line names the line and the rule', async () => {
    await as(owner);
    const result = await api.gql(CREATE, {
      input: kitInput({ name: ' ', items: [{ label: 'Casque VR', quantity: 0 }] }),
    });
    expect(code(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].message).toBe(
      'Nom : ce champ est obligatoire. Contenu de la malle (ligne 1) : indiquez un nombre entier entre 1 et 999.',
    );
  });

  it('a request names the field it breaks: the last day before the first, a day in the past, no purpose', async () => {
    const slug = await makeKit({ name: 'Casques VR ×4' });
    const reversed = await ask(borrower, slug, '2027-03-10', '2027-03-08');
    expect(reversed.errors![0].message).toBe('Dernier jour du prêt : ne peut pas précéder le premier jour du prêt.');
    const past = await ask(borrower, slug, '2027-02-27', '2027-03-02');
    expect(past.errors![0].message).toBe('Premier jour du prêt : ne peut pas précéder aujourd’hui.');
    const noPurpose = await ask(borrower, slug, '2027-03-08', '2027-03-09', { purpose: '  ' });
    expect(noPurpose.errors![0].message).toBe('Objet du prêt : ce champ est obligatoire.');
    const notADay = await ask(borrower, slug, '2027-02-30', '2027-03-09');
    expect(notADay.errors![0].message).toBe('Premier jour du prêt : ce champ est obligatoire.');
  });

  it('ask for an event, accept, hand over, and take back with a missing charger that the kit’s notes keep', async () => {
    const event = await makeEvent(api, { startsAt: new Date('2027-03-05T14:00:00+01:00') });
    const slug = await makeKit();
    const asked = await ask(borrower, slug, '2027-03-03', '2027-03-07', { eventSlug: event.slug });
    expect(asked.data!.requestKitLoan).toMatchObject({
      status: 'REQUESTED',
      periodLabel: '3 au 7 mars 2027',
      event: { slug: event.slug },
      organisation: { slug: borrowerOrg.slug },
      viewerCanHandle: false,
      viewerCanCancel: true,
    });
    const id = asked.data!.requestKitLoan.id;
    // The borrower cannot accept their own request; the owner's colleague can.
    expect(code(await api.gql(ACCEPT, { id }))).toBe('FORBIDDEN');
    await as(colleague);
    expect(
      (
        await api.gql<{ kitLoansToHandle: { id: string }[] }>(`query { kitLoansToHandle { id } }`)
      ).data!.kitLoansToHandle.map((l) => l.id),
    ).toContain(id);
    expect((await api.gql<{ acceptKitLoan: Loan }>(ACCEPT, { id })).data!.acceptKitLoan.status).toBe('ACCEPTED');
    // Accepting twice is a conflict, not a second acceptance.
    expect(code(await api.gql(ACCEPT, { id }))).toBe('CONFLICT');
    expect((await api.gql<{ handOverKitLoan: Loan }>(HAND_OVER, { id })).data!.handOverKitLoan.status).toBe(
      'HANDED_OVER',
    );
    const returned = await api.gql<{ returnKitLoan: Loan }>(RETURN, {
      id,
      check: [
        { label: 'iPad', missing: 0, broken: 0, note: '' },
        { label: 'Chargeur', missing: 1, broken: 0, note: 'oublié dans la salle' },
      ],
    });
    expect(returned.data!.returnKitLoan).toMatchObject({
      status: 'RETURNED',
      returnCheck: [{ label: 'Chargeur', missing: 1, broken: 0, note: 'oublié dans la salle' }],
    });
    const kit = (await api.gql<{ kit: { conditionNotes: string; loans: Loan[] } }>(KIT, { slug })).data!.kit;
    expect(kit.conditionNotes).toBe('Retour du 01/03/2027 : Chargeur : 1 manquant, oublié dans la salle.');
    expect(kit.loans).toEqual([{ id, status: 'RETURNED' }]);
    // The borrower sees their loan finished; each step was audited.
    await as(borrower);
    const mine = (await api.gql<{ myKitLoans: Loan[] }>(`query { myKitLoans { ${LOAN_FIELDS} } }`)).data!.myKitLoans;
    expect(mine.find((loan) => loan.id === id)).toMatchObject({ status: 'RETURNED', viewerCanCancel: false });
    const audited = await api.dataSource.query(
      `SELECT action FROM audit_log WHERE details->>'loan' = $1 ORDER BY created_at, action`,
      [id],
    );
    expect(audited.map((row: { action: string }) => row.action)).toEqual([
      'kit-loan.accepted',
      'kit-loan.handed-over',
      'kit-loan.returned',
    ]);
    await api.settleJobs();
    const mails = await api.dataSource.query(`SELECT subject FROM dev_mails WHERE recipient = $1`, [borrower.email]);
    expect(mails.map((mail: { subject: string }) => mail.subject)).toContain(
      `Prêt accepté : Malle tablettes (8 iPad + chargeurs)`,
    );
  });

  it('the owner refuses with a reason the borrower reads; a refused loan is never handed over', async () => {
    const slug = await makeKit();
    const id = (await ask(borrower, slug, '2027-03-10', '2027-03-12')).data!.requestKitLoan.id;
    await as(owner);
    const refused = (await api.gql<{ refuseKitLoan: Loan }>(REFUSE, { id, reason: 'La malle part en réparation.' }))
      .data!.refuseKitLoan;
    expect(refused).toMatchObject({ status: 'REFUSED', refusedReason: 'La malle part en réparation.' });
    const handOver = await api.gql(HAND_OVER, { id });
    expect(code(handOver)).toBe('CONFLICT');
    expect(handOver.errors![0].message).toBe('Impossible : ce prêt est refusé.');
    // Another member may not read someone else's loan.
    await as(other);
    expect(code(await api.gql(HAND_OVER, { id }))).toBe('NOT_FOUND');
  });

  it('of overlapping acceptances sent at once on separate connections, exactly one wins; the others name its days', async () => {
    const slug = await makeKit({ name: 'Robots Thymio ×6' });
    // Requests may overlap: several members ask, the owner chooses.
    // Four requests that all hold the 15th: any two overlap.
    const periods = [
      ['2027-03-15', '2027-03-19'],
      ['2027-03-13', '2027-03-17'],
      ['2027-03-15', '2027-03-15'],
      ['2027-03-12', '2027-03-15'],
    ];
    const ids: string[] = [];
    for (const [index, [from, to]] of periods.entries()) {
      const result = await ask(index % 2 ? other : borrower, slug, from, to);
      expect(result.errors).toBeUndefined();
      ids.push(result.data!.requestKitLoan.id);
    }
    await as(owner);
    const ownerCookie = api.cookie;
    await as(colleague);
    const colleagueCookie = api.cookie;
    await as(admin);
    const adminCookie = api.cookie;
    const cookies = [ownerCookie, colleagueCookie, adminCookie, ownerCookie];
    const results = await Promise.all(
      ids.map((id, index) => gqlWith<{ acceptKitLoan: Loan }>(cookies[index], ACCEPT, { id })),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    const won = winners[0].data!.acceptKitLoan.periodLabel;
    const losers = results.filter((result) => result.errors);
    expect(losers.map((result) => [result.errors![0].extensions?.code, result.errors![0].message])).toEqual(
      losers.map(() => ['CONFLICT', `La malle est déjà prêtée du ${won}.`]),
    );
    const [{ accepted }] = await api.dataSource.query(
      `SELECT count(*)::int AS accepted FROM kit_loans l JOIN kits k ON k.id = l.kit_id WHERE k.slug = $1 AND l.status = 'accepted'`,
      [slug],
    );
    expect(accepted).toBe(1);
  });

  it('asking for days already promised is refused naming them; other days, and days freed by a cancellation, are fine', async () => {
    const slug = await makeKit();
    const first = (await ask(borrower, slug, '2027-03-29', '2027-04-02')).data!.requestKitLoan.id;
    await as(owner);
    await api.gql(ACCEPT, { id: first });
    const overlapping = await ask(other, slug, '2027-04-01', '2027-04-03');
    expect(code(overlapping)).toBe('CONFLICT');
    expect(overlapping.errors![0].message).toBe('La malle est déjà prêtée du 29 mars au 2 avril 2027.');
    expect(code(await ask(other, slug, '2027-04-03', '2027-04-05'))).toBe('ok');
    await as(borrower);
    await api.gql(`mutation($id: ID!) { cancelKitLoan(id: $id) { status } }`, { id: first });
    expect(code(await ask(other, slug, '2027-04-01', '2027-04-02'))).toBe('ok');
  });

  it('the calendar lists loans per day range for one kit or all; a kit shows its busy days of a month', async () => {
    const slug = await makeKit({ name: 'Casques VR ×4' });
    const id = (await ask(borrower, slug, '2027-05-03', '2027-05-05')).data!.requestKitLoan.id;
    await as(owner);
    await api.gql(ACCEPT, { id });
    await as(other);
    const one = await api.gql<{ kitCalendar: unknown[] }>(
      `query($slug: String) { kitCalendar(from: "2027-05-01", to: "2027-05-31", kitSlug: $slug) { kit { slug } firstDay lastDay status organisationName } }`,
      { slug },
    );
    expect(one.data!.kitCalendar).toEqual([
      {
        kit: { slug },
        firstDay: '2027-05-03',
        lastDay: '2027-05-05',
        status: 'ACCEPTED',
        organisationName: 'Centre social emprunteur',
      },
    ]);
    const all = await api.gql<{ kitCalendar: { kit: { slug: string } }[] }>(
      `query { kitCalendar(from: "2027-04-26", to: "2027-06-06") { kit { slug } } }`,
    );
    expect(all.data!.kitCalendar.map((loan) => loan.kit.slug)).toContain(slug);
    const busy = await api.gql<{ kit: { busy: unknown[] } }>(
      `query($slug: String!) { kit(slug: $slug) { busy(month: "2027-05") { firstDay lastDay status } } }`,
      { slug },
    );
    expect(busy.data!.kit.busy).toEqual([{ firstDay: '2027-05-03', lastDay: '2027-05-05', status: 'ACCEPTED' }]);
    const tooWide = await api.gql(`query { kitCalendar(from: "2027-01-01", to: "2027-12-31") { firstDay } }`);
    expect(code(tooWide)).toBe('BAD_USER_INPUT');
  });

  it('a kit’s page lists the tools it serves and their debriefs; its organisation’s page lists its kits', async () => {
    const resource = await makeResource(api, { visibility: 'network' });
    await makeDebrief(api, { resourceId: resource.id, authorId: borrower.id });
    const slug = await makeKit({ name: 'Malle jeux vidéo', resourceSlugs: [resource.slug] });
    const kit = (await api.gql<{ kit: { resources: unknown[]; debriefs: unknown[] } }>(KIT, { slug })).data!.kit;
    expect(kit.resources).toEqual([{ slug: resource.slug }]);
    expect(kit.debriefs).toEqual([expect.objectContaining({ resource: { slug: resource.slug } })]);
    const page = await api.gql<{ organisationPage: { kits: { slug: string }[] } }>(
      `query($slug: String!) { organisationPage(slug: $slug) { kits { slug } } }`,
      { slug: ownerOrg.slug },
    );
    expect(page.data!.organisationPage.kits.map((k) => k.slug)).toContain(slug);
    await as('visitor');
    const visitorPage = await api.gql<{ organisationPage: { kits: unknown[] } }>(
      `query($slug: String!) { organisationPage(slug: $slug) { kits { slug } } }`,
      { slug: ownerOrg.slug },
    );
    expect(visitorPage.data!.organisationPage.kits).toEqual([]);
  });

  it('mails the borrower the day before pick-up and before return, and once when overdue; each reminder only once', async () => {
    const slug = await makeKit({ name: 'Malle des rappels' });
    const id = (await ask(other, slug, '2027-06-10', '2027-06-12')).data!.requestKitLoan.id;
    await as(owner);
    await api.gql(ACCEPT, { id });
    await api.settleJobs();
    const scheduler = api.app.get(JobScheduler);
    const reminders = async () =>
      (
        await api.dataSource.query(
          `SELECT subject FROM dev_mails WHERE recipient = $1 AND subject LIKE '%Malle des rappels%' AND subject NOT LIKE 'Prêt%' ORDER BY sent_at`,
          [other.email],
        )
      ).map((row: { subject: string }) => row.subject);
    const runAt = async (instant: string) => {
      clock.set(instant);
      await scheduler.tick(clock.now());
      await api.settleJobs();
    };
    await runAt('2027-06-08T10:00:00+02:00');
    expect(await reminders()).toEqual([]);
    await runAt('2027-06-09T08:00:00+02:00');
    await runAt('2027-06-09T09:00:00+02:00');
    expect(await reminders()).toEqual(['Demain : retrait de « Malle des rappels »']);
    await api.gql(HAND_OVER, { id });
    await runAt('2027-06-11T08:00:00+02:00');
    await runAt('2027-06-11T17:00:00+02:00');
    expect(await reminders()).toHaveLength(2);
    await runAt('2027-06-13T08:00:00+02:00');
    await runAt('2027-06-14T08:00:00+02:00');
    expect(await reminders()).toEqual([
      'Demain : retrait de « Malle des rappels »',
      'Demain : retour de « Malle des rappels »',
      'Retard : « Malle des rappels » n’a pas été rendue',
    ]);
    clock.set('2027-03-01T09:00:00+01:00');
  });

  it('sends no reminder to a borrower who was deactivated since', async () => {
    const leaver = await makeMember(api);
    const slug = await makeKit({ name: 'Malle sans rappel' });
    const id = (await ask(leaver, slug, '2027-07-10', '2027-07-12')).data!.requestKitLoan.id;
    await as(owner);
    await api.gql(ACCEPT, { id });
    await api.settleJobs();
    await api.dataSource.query(`UPDATE members SET deactivated_at = now() WHERE id = $1`, [leaver.id]);
    clock.set('2027-07-09T09:00:00+02:00');
    await api.app.get(JobScheduler).tick(clock.now());
    await api.settleJobs();
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM dev_mails WHERE recipient = $1 AND subject LIKE 'Demain%'`,
      [leaver.email],
    );
    expect(n).toBe(0);
    clock.set('2027-03-01T09:00:00+01:00');
  });
});
