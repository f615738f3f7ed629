import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import type { Role, Visibility } from '@culture-commune/shared';
import { TestApi, startTestApi } from '../../../test/api-harness';
import { eventsPolicy } from '../../modules/events/events.policy';
import { readingListsPolicy } from '../../modules/reading-lists/reading-lists.policy';
import { resourcesPolicy } from '../../modules/resources/resources.policy';
import { MEILI_CLIENT } from '../../modules/search/meili.provider';
import { settle } from '../../modules/search/meili-task';
import { SearchIndexRegistry } from '../../modules/search/search-index.registry';
import type { Actor } from './actor';
import type { SqlSubject } from './sql-subject';

/**
 * Property-based: each policy states its view rule three times — in memory (canView), as SQL (sqlVisible for the
 * actor, sqlVisibleTo for a member row as a notification's recipient) and as a Meilisearch filter (searchFilter).
 * For generated worlds of resources, reading lists and events, and generated people, PostgreSQL and Meilisearch must
 * answer exactly what canView answers. Ids come from a small pool, so that actors are often the contributor, the
 * curator or a collaborator.
 */
const PEOPLE = 4;
const person = fc.option(fc.nat({ max: PEOPLE - 1 }), { nil: null, freq: 4 });
const visibility = fc.constantFrom<Visibility>('public', 'network', 'draft');
interface World {
  roles: Role[];
  resources: { visibility: Visibility; contributor: number | null }[];
  lists: { visibility: Visibility; curator: number | null; collaborators: number[] }[];
  events: { visibility: Visibility }[];
}
const world: fc.Arbitrary<World> = fc.record({
  roles: fc.array(fc.constantFrom<Role>('member', 'coordinator', 'admin'), { minLength: PEOPLE, maxLength: PEOPLE }),
  resources: fc.array(fc.record({ visibility, contributor: person }), { maxLength: 8 }),
  lists: fc.array(
    fc.record({
      visibility,
      curator: person,
      collaborators: fc.uniqueArray(fc.nat({ max: PEOPLE - 1 }), { maxLength: 3 }),
    }),
    { maxLength: 8 },
  ),
  events: fc.array(fc.record({ visibility: fc.constantFrom<Visibility>('public', 'network') }), { maxLength: 5 }),
});

/** One kind of item, with the three forms of its rule and the table and index it lives in. */
interface Kind {
  index: string;
  table: string;
  /** The ids canView accepts for this actor. */
  memory(actor: Actor | null): string[];
  sqlVisible(actor: Actor | null, alias: string, param: string): string;
  sqlVisibleTo(subject: SqlSubject, alias: string): string;
  searchFilter(actor: Actor | null): string | null;
}

const MEMBER_ROW: SqlSubject = { id: 'm.id', role: 'm.role' };
const sorted = (ids: string[]) => [...ids].sort();

describe('Policies agree in memory, in PostgreSQL and in Meilisearch (fast-check)', () => {
  let api: TestApi;
  let meili: Meilisearch;
  let registry: SearchIndexRegistry;
  const people = Array.from({ length: PEOPLE }, () => randomUUID());

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
    meili = api.app.get<Meilisearch>(MEILI_CLIENT);
    registry = api.app.get(SearchIndexRegistry);
    await api.dataSource.query(
      `INSERT INTO members (id, slug, name, email) SELECT id, 'p-' || n, 'Personne ' || n, 'p' || n || '@example.org'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)`,
      [people],
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Writes the world into the real tables and, through the real index definitions, into the real indexes. */
  async function store(generated: World) {
    const ids = {
      resources: generated.resources.map(() => randomUUID()),
      lists: generated.lists.map(() => randomUUID()),
      events: generated.events.map(() => randomUUID()),
    };
    const who = (index: number | null) => (index === null ? null : people[index]);
    await api.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM resources`);
      await manager.query(`DELETE FROM reading_lists`);
      await manager.query(`DELETE FROM events`);
      await manager.query(
        `UPDATE members m SET role = x.role FROM unnest($1::uuid[], $2::text[]) AS x(id, role) WHERE m.id = x.id`,
        [people, generated.roles],
      );
      for (const [i, resource] of generated.resources.entries()) {
        await manager.query(
          `INSERT INTO resources (id, slug, type, format, title, summary, visibility, contributor_id) VALUES ($1, $2, 'lecture', 'livre', 'Ressource', 'Résumé', $3, $4)`,
          [ids.resources[i], `r-${ids.resources[i]}`, resource.visibility, who(resource.contributor)],
        );
      }
      for (const [i, list] of generated.lists.entries()) {
        await manager.query(
          `INSERT INTO reading_lists (id, slug, title, visibility, curator_id) VALUES ($1, $2, 'Liste', $3, $4)`,
          [ids.lists[i], `l-${ids.lists[i]}`, list.visibility, who(list.curator)],
        );
        await manager.query(
          `INSERT INTO reading_list_collaborators (list_id, member_id) SELECT $1, unnest($2::uuid[])`,
          [ids.lists[i], list.collaborators.map((index) => people[index])],
        );
      }
      for (const [i, event] of generated.events.entries()) {
        await manager.query(
          `INSERT INTO events (id, slug, kind, title, starts_at, ends_at, visibility) VALUES ($1, $2, 'atelier', 'Atelier', now(), now(), $3)`,
          [ids.events[i], `e-${ids.events[i]}`, event.visibility],
        );
      }
    });
    for (const [name, rowIds] of [
      ['resources', ids.resources],
      ['reading_lists', ids.lists],
      ['events', ids.events],
    ] as const) {
      const index = meili.index(registry.uid(name));
      await settle(index.deleteAllDocuments());
      const documents = await registry.get(name).loadDocuments(api.dataSource.manager, [...rowIds]);
      if (documents.length) await settle(index.addDocuments(documents, { primaryKey: 'id' }));
    }
    return ids;
  }

  function kinds(generated: World, ids: Awaited<ReturnType<typeof store>>): Kind[] {
    const who = (index: number | null) => (index === null ? null : people[index]);
    const accepted = (all: string[], test: (i: number) => boolean) => all.filter((_, i) => test(i));
    return [
      {
        index: 'resources',
        table: 'resources',
        ...resourcesPolicy,
        memory: (actor) =>
          accepted(ids.resources, (i) =>
            resourcesPolicy.canView(actor, {
              visibility: generated.resources[i].visibility,
              contributorId: who(generated.resources[i].contributor),
              deletedAt: null,
            }),
          ),
      },
      {
        index: 'reading_lists',
        table: 'reading_lists',
        ...readingListsPolicy,
        memory: (actor) =>
          accepted(ids.lists, (i) =>
            readingListsPolicy.canView(actor, {
              visibility: generated.lists[i].visibility,
              curatorId: who(generated.lists[i].curator),
              collaboratorIds: generated.lists[i].collaborators.map((index) => people[index]),
            }),
          ),
      },
      {
        index: 'events',
        table: 'events',
        ...eventsPolicy,
        memory: (actor) => accepted(ids.events, (i) => eventsPolicy.canView(actor, generated.events[i])),
      },
    ];
  }

  /** The ids the SQL form for the actor selects ($1 is the actor id, bound only when the condition reads it). */
  async function sqlForActor(kind: Kind, actor: Actor | null): Promise<string[]> {
    const condition = kind.sqlVisible(actor, 'x', '$1::uuid');
    const rows: { id: string }[] = await api.dataSource.query(
      `SELECT x.id FROM ${kind.table} x WHERE ${condition}`,
      condition.includes('$1') ? [actor?.id] : [],
    );
    return sorted(rows.map((row) => row.id));
  }

  /** For every person at once, the ids the SQL form selects with the person's members row as subject. */
  async function sqlForMemberRows(kind: Kind): Promise<Map<string, string[]>> {
    const rows: { member_id: string; id: string }[] = await api.dataSource.query(
      `SELECT m.id AS member_id, x.id FROM members m JOIN ${kind.table} x ON ${kind.sqlVisibleTo(MEMBER_ROW, 'x')} WHERE m.id = ANY($1::uuid[])`,
      [people],
    );
    return new Map(people.map((id) => [id, sorted(rows.filter((row) => row.member_id === id).map((row) => row.id))]));
  }

  /** What Meilisearch returns with the policy's filter, for every (actor, kind) pair in one request. */
  async function searchAll(actors: (Actor | null)[], all: Kind[]): Promise<string[][]> {
    const queries = actors.flatMap((actor) =>
      all.map((kind) => ({
        indexUid: registry.uid(kind.index),
        q: '',
        filter: kind.searchFilter(actor) ?? undefined,
        limit: 1000,
        attributesToRetrieve: ['id'],
      })),
    );
    const { results } = await meili.multiSearch({ queries });
    return results.map((result) => sorted(result.hits.map((hit) => String(hit.id))));
  }

  it('canView, the SQL condition (for the actor and for a member row) and the search filter select the same items', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (generated) => {
        const ids = await store(generated);
        const all = kinds(generated, ids);
        const actors: (Actor | null)[] = [
          null,
          ...people.map((id, i) => ({ id, role: generated.roles[i], organisationId: null, sessionHash: 'h' })),
        ];
        const searched = await searchAll(actors, all);
        for (const [k, kind] of all.entries()) {
          const byMemberRow = await sqlForMemberRows(kind);
          for (const [a, actor] of actors.entries()) {
            const expected = sorted(kind.memory(actor));
            const label = `${kind.index} for ${actor ? `${actor.role} ${actor.id}` : 'a visitor'}`;
            expect({ label, sql: await sqlForActor(kind, actor) }).toEqual({ label, sql: expected });
            expect({ label, search: searched[a * all.length + k] }).toEqual({ label, search: expected });
            if (actor) expect({ label, memberRow: byMemberRow.get(actor.id) }).toEqual({ label, memberRow: expected });
          }
        }
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
