// `node --test tools/replicas.test.mjs` (after a build; `npm test` runs it): two API processes of the built app on one
// PostgreSQL and one Meilisearch, behind a small round-robin proxy with no sticky sessions, as production runs several
// replicas behind a load balancer (issue 17). What one replica holds in memory must never matter to the other.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import services from './services.cjs';
import {
  createMember,
  runCli,
  signIn,
  sleep,
  startApi,
  startProxy,
  startServices,
  withClient,
} from './bench-support.mjs';

/** A GraphQL call answering `{ status, data, errors, cookie }` (cookie: the session the answer set, if any). */
async function gql(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const set = response.headers.getSetCookie().find((header) => header.startsWith('cc_session='));
  const body = response.status === 200 ? await response.json() : { errors: [{ message: await response.text() }] };
  return { status: response.status, ...body, cookie: set?.split(';')[0] };
}

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';
const CREATE = 'mutation($input: ResourceInput!) { createResource(input: $input) { id } }';
const resource = (title) => ({
  type: 'lecture',
  format: 'article',
  title,
  summary: 'Écrit pendant le test des répliques.',
  authors: [],
  language: 'fr',
  visibility: 'public',
  themeSlugs: ['jeux-video'],
  audienceSlugs: [],
  tags: [],
});

let stack;
let a;
let b;
let proxy;
let member;
let admin;

before(async () => {
  stack = await startServices('replicas');
  runCli(['seed'], stack.env, { quiet: true });
  member = await createMember(stack.env, { slug: 'replique' });
  admin = await createMember(stack.env, { slug: 'coordination', role: 'admin' });
  await createMember(stack.env, { slug: 'essais' });
  const port = () => services.freePort().then(String);
  a = await startApi({ ...stack.env, PORT: await port() });
  b = await startApi({ ...stack.env, PORT: await port() });
  proxy = await startProxy([new URL(a.url).port, new URL(b.url).port]);
});

after(async () => {
  await proxy?.close();
  await a?.stop();
  await b?.stop();
  await stack?.stop();
});

test('a session opened on replica A is the same person on replica B', async () => {
  const cookie = await signIn(a.url, member);
  const onA = await gql(a.url, '{ viewer { id name } }', {}, cookie);
  const onB = await gql(b.url, '{ viewer { id name } }', {}, cookie);
  assert.ok(onA.data.viewer, 'signed in on A');
  assert.deepEqual(onB.data.viewer, onA.data.viewer);
  // Signing out on B ends it on A too.
  await gql(b.url, 'mutation { signOut }', {}, cookie);
  assert.equal((await gql(a.url, '{ viewer { id } }', {}, cookie)).data.viewer, null);
});

test('rate limits add up across replicas: the 11th failed sign-in is refused whichever replica takes it', async () => {
  const email = 'essais@example.org';
  for (let n = 0; n < 10; n += 1) {
    const answer = await gql(n % 2 ? b.url : a.url, SIGN_IN, { email, password: `faux-${n}` });
    assert.ok(answer.errors, `attempt ${n + 1} fails`);
    assert.doesNotMatch(answer.errors[0].message, /réessayez|Trop/i);
  }
  for (const replica of [a, b]) {
    const answer = await gql(replica.url, SIGN_IN, { email, password: 'faux-encore' });
    assert.equal(answer.errors?.[0]?.extensions?.code, 'TOO_MANY_REQUESTS');
  }
});

test('jobs are done once: each invitation sent through either replica is mailed exactly once', async () => {
  const cookie = await signIn(a.url, admin);
  const [{ slug: organisation }] = await withClient(stack.env, (client) =>
    client.query('SELECT slug FROM organisations ORDER BY slug LIMIT 1').then((r) => r.rows),
  );
  const emails = Array.from({ length: 8 }, (_, n) => `invitee-${n}@example.org`);
  for (const email of emails) {
    const answer = await gql(
      proxy.url,
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { email } }',
      { input: { email, name: `Invitée ${email}`, organisationSlug: organisation, role: 'member' } },
      cookie,
    );
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
  }
  const mails = await withClient(stack.env, async (client) => {
    for (let i = 0; i < 200; i += 1) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS n FROM jobs WHERE state IN ('pending', 'running') AND queue = 'mail'`,
      );
      if (rows[0].n === 0) break;
      await sleep(100);
    }
    const { rows } = await client.query(
      `SELECT recipient, count(*)::int AS n FROM dev_mails WHERE recipient = ANY($1) GROUP BY recipient`,
      [emails],
    );
    return rows;
  });
  assert.deepEqual(mails.map((row) => [row.recipient, row.n]).sort(), emails.map((email) => [email, 1]).sort());
});

/** Waits until the outbox is drained and Meilisearch has nothing left to do. */
async function settled() {
  await withClient(stack.env, async (client) => {
    for (let i = 0; i < 300; i += 1) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM outbox_events WHERE processed_at IS NULL');
      if (rows[0].n === 0) break;
      await sleep(100);
    }
  });
  for (let i = 0; i < 300; i += 1) {
    const busy = await fetch(`${stack.meili.url}/tasks?statuses=enqueued,processing&limit=1`, {
      headers: stack.meiliHeaders,
    });
    if ((await busy.json()).total === 0) return;
    await sleep(100);
  }
}

/** The uid of Meilisearch's latest task, and the documents sent to the `resources` index by the tasks after one. */
const lastTask = () =>
  fetch(`${stack.meili.url}/tasks?limit=1`, { headers: stack.meiliHeaders })
    .then((r) => r.json())
    .then((page) => page.results[0]?.uid ?? -1);
const documentsSentAfter = (uid) =>
  fetch(`${stack.meili.url}/tasks?indexUids=resources&types=documentAdditionOrUpdate&statuses=succeeded&limit=1000`, {
    headers: stack.meiliHeaders,
  })
    .then((r) => r.json())
    .then((page) =>
      page.results
        .filter((task) => task.uid > uid)
        .reduce((sum, task) => sum + (task.details?.receivedDocuments ?? 0), 0),
    );

test('outbox events are indexed once although both replicas run an indexer', async () => {
  const cookie = await signIn(a.url, member);
  await settled();
  const since = await lastTask();
  const created = [];
  await Promise.all(
    Array.from({ length: 4 }, async (_, client) => {
      for (let n = 0; n < 5; n += 1) {
        const answer = await gql(proxy.url, CREATE, { input: resource(`Indexée une fois ${client}-${n}`) }, cookie);
        assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
        created.push(answer.data.createResource.id);
      }
    }),
  );
  await settled();
  assert.equal(await documentsSentAfter(since), created.length);
});

test('a replica killed under load loses no accepted write', async () => {
  const cookie = await signIn(a.url, member);
  const { url: meili } = stack.meili;

  // Writes through the proxy from 6 clients; replica B is killed (SIGKILL, no goodbye) after one second, and the
  // clients go on writing for one more second, so some writes reach the dead replica however fast the first ones went.
  const accepted = [];
  let refused = 0;
  const errors = [];
  let killedAt;
  const writing = () => killedAt === undefined || Date.now() - killedAt < 1000;
  const clients = Array.from({ length: 6 }, async (_, client) => {
    for (let n = 0; writing(); n += 1) {
      const answer = await gql(proxy.url, CREATE, { input: resource(`Réplique ${client}-${n}`) }, cookie).catch(() => ({
        status: 0,
      }));
      if (answer.status === 200 && !answer.errors) accepted.push(answer.data.createResource.id);
      else if (answer.status === 200) errors.push(answer.errors[0].message);
      else refused += 1;
      await sleep(50);
    }
  });
  await sleep(1000);
  b.process.kill('SIGKILL');
  killedAt = Date.now();
  await Promise.all(clients);
  assert.deepEqual(errors, []);
  assert.ok(accepted.length > 20, `${accepted.length} writes accepted`);
  assert.ok(refused > 0, 'some writes went to the killed replica and were refused');

  // Every accepted write is in PostgreSQL and, once replica A's indexer has drained the outbox, in Meilisearch.
  // Replica A's indexer takes over what B had not indexed (B's claims died with its connections).
  await settled();
  const stored = await withClient(stack.env, (client) =>
    client.query('SELECT id FROM resources WHERE id = ANY($1)', [accepted]).then((r) => r.rows.map((row) => row.id)),
  );
  assert.deepEqual(stored.sort(), [...accepted].sort());
  for (const id of accepted) {
    const document = await fetch(`${meili}/indexes/resources/documents/${id}`, { headers: stack.meiliHeaders });
    assert.equal(document.status, 200, `resource ${id} is searchable`);
  }
});
