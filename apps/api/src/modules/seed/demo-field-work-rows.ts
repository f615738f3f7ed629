import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';

/** The workshops' contexts: they mark the debriefs this seed adds (and the tests find them by). */
export const CONTEXTS = [
  'Atelier parents-enfants à la médiathèque',
  'Séance en classe de CM2',
  'Accueil de loisirs, mercredi après-midi',
  'Atelier au point information jeunesse',
  'Groupe de parents au centre social',
  'Formation d’animateurs',
];
const AGE_BANDS = ['3-6 ans', '6-11 ans', '11-15 ans', '15-18 ans', 'adultes'];
const WENT_WELL = [
  'Le groupe s’est vite approprié le jeu et les échanges ont été riches.',
  'Les parents ont posé beaucoup de questions concrètes.',
  'Bonne participation, même des plus réservés.',
];
const TO_ADJUST = [
  'Prévoir plus de temps pour le débat final.',
  'Adapter les cartes au plus jeunes.',
  'Mieux présenter les règles au début.',
];

/**
 * Two years of field work for the demo (issue 15): about 250 debriefs on the demo's published tools, by members of
 * organisations, one every three days, with age bands, parents present one time in three and ratings mostly good;
 * and page views over the last 90 days. Deterministic; does nothing when it was already added. No debrief names
 * anyone. Answers how many debriefs were added.
 */
export async function insertDemoFieldWork(manager: EntityManager, today: Date): Promise<number> {
  const [{ exists }] = await queryRows<{ exists: boolean }>(
    manager,
    `SELECT EXISTS (SELECT 1 FROM debriefs WHERE context = ANY($1::text[])) AS exists`,
    [CONTEXTS],
  );
  if (exists) return 0;
  const added = await queryRows<{ resource_id: string }>(
    manager,
    `WITH tools AS (
       SELECT id, row_number() OVER (ORDER BY slug) AS n, count(*) OVER () AS total FROM resources
        WHERE type = 'outil' AND visibility <> 'draft' AND deleted_at IS NULL),
     authors AS (
       SELECT id, row_number() OVER (ORDER BY slug) AS n, count(*) OVER () AS total FROM members WHERE organisation_id IS NOT NULL),
     days AS (SELECT i, ($1::date - i * 3) AS day FROM generate_series(1, 243) i)
     INSERT INTO debriefs (resource_id, author_id, workshop_date, context, age_band, audience_slug, participants, parents_present,
                           went_well, to_adjust, rating, created_at, updated_at)
     SELECT t.id, a.id, d.day, ($2::text[])[1 + d.i % 6], ($3::text[])[1 + (d.i * 7) % 5],
            (ARRAY['enfants', 'parents', 'adolescents', 'familles', 'professionnels'])[1 + (d.i * 7) % 5],
            4 + (d.i * 11) % 19, d.i % 3 = 0, ($4::text[])[1 + d.i % 3], ($5::text[])[1 + (d.i * 5) % 3],
            (ARRAY[5, 4, 4, 3, 5, 2, 4, 5])[1 + d.i % 8], d.day + 2, d.day + 2
       FROM days d JOIN tools t ON t.n = 1 + (d.i * 7) % t.total JOIN authors a ON a.n = 1 + (d.i * 5) % a.total
     RETURNING resource_id`,
    [today.toISOString().slice(0, 10), CONTEXTS, AGE_BANDS, WENT_WELL, TO_ADJUST],
  );
  await queryRows(
    manager,
    `INSERT INTO resource_daily_views (resource_id, day, views)
     SELECT r.id, $1::date - d, 1 + abs(hashtext(r.slug || d)) % 6 FROM resources r, generate_series(0, 89) d
      WHERE r.visibility <> 'draft' AND r.deleted_at IS NULL AND abs(hashtext(r.slug || d)) % 3 = 0
     ON CONFLICT DO NOTHING`,
    [today.toISOString().slice(0, 10)],
  );
  // The tools' search documents carry their debriefs' figures.
  await queryRows(
    manager,
    `INSERT INTO outbox_events (topic, aggregate_id) SELECT DISTINCT $1, resource_id FROM unnest($2::uuid[]) AS resource_id`,
    [RESOURCE_TOPIC, added.map((row) => row.resource_id)],
  );
  return added.length;
}
