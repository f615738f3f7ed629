import { AUDIENCE_SLUGS, FORMATS_BY_TYPE, RESOURCE_TYPES, slugify, tagKey, titleKey } from '@culture-commune/shared';
import { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { DemoLibrary } from './demo-library';

/** A deterministic pseudo-random generator (mulberry32), so that a benchmark library is the same every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Inserts `count` synthetic resources made from the demo library's vocabulary (titles, summaries, tags, themes),
 * in batches, with one outbox event each: the same indexer then brings them to Meilisearch. The demo library must be
 * seeded first (themes, audiences, organisations). `onProgress` is told after each batch.
 */
export async function insertSyntheticResources(
  manager: EntityManager,
  library: DemoLibrary,
  count: number,
  onProgress: (done: number) => void = () => undefined,
  batchSize = 2000,
): Promise<void> {
  const next = random(count);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const themeIds = new Map<string, string>(
    (await manager.query('SELECT slug, id FROM themes')).map((r: { slug: string; id: string }) => [r.slug, r.id]),
  );
  const organisationIds: string[] = (await manager.query('SELECT id FROM organisations')).map(
    (r: { id: string }) => r.id,
  );
  const words = library.resources
    .flatMap((r) => `${r.title} ${r.summary}`.split(/[\s,.:;!?()«»"]+/))
    .filter((w) => w.length > 3);
  const tagLabels = [...new Set(library.resources.flatMap((r) => r.tags ?? []))];
  const tagIds = new Map<string, string>();
  for (const label of tagLabels) {
    const [row] = await queryRows<{ id: string }>(
      manager,
      `INSERT INTO tags (label, key, slug) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING id`,
      [label, tagKey(label), slugify(tagKey(label))],
    );
    tagIds.set(label, row.id);
  }
  const run = Date.now().toString(36);
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const rows = Array.from({ length: size }, (_, i) => {
      const model = pick(library.resources);
      const type = pick([...RESOURCE_TYPES]);
      const title = `${model.title} — ${pick(words)} ${pick(words)}`.slice(0, 200);
      return {
        slug: `synth-${run}-${start + i}`,
        type,
        format: pick([...FORMATS_BY_TYPE[type]]),
        title,
        summary: `${pick(library.resources).summary} ${Array.from({ length: 12 }, () => pick(words)).join(' ')}`.slice(
          0,
          2000,
        ),
        year: 2000 + Math.floor(next() * 26),
        organisation: next() < 0.6 ? pick(organisationIds) : null,
        themes: [...new Set([pick(model.themes), pick(library.themes).slug])]
          .map((slug) => themeIds.get(slug))
          .filter((id): id is string => Boolean(id)),
        audiences: [...new Set([pick(model.audiences), pick([...AUDIENCE_SLUGS])])],
        tags: [...new Set([pick(tagLabels), pick(tagLabels), pick(model.tags ?? tagLabels)])].map((label) =>
          tagIds.get(label)!,
        ),
      };
    });
    const inserted = await queryRows<{ id: string; slug: string }>(
      manager,
      `INSERT INTO resources (slug, type, format, title, summary, year, language, visibility, organisation_id, title_key)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::uuid[], $10::text[])
       RETURNING id, slug`,
      [
        rows.map((r) => r.slug),
        rows.map((r) => r.type),
        rows.map((r) => r.format),
        rows.map((r) => r.title),
        rows.map((r) => r.summary),
        rows.map((r) => r.year),
        rows.map(() => 'fr'),
        rows.map(() => 'public'),
        rows.map((r) => r.organisation),
        rows.map((r) => titleKey(r.title)),
      ],
    );
    const idOf = new Map(inserted.map((row) => [row.slug, row.id]));
    const pairs = (key: 'themes' | 'audiences' | 'tags') =>
      rows.flatMap((r) => (r[key] as string[]).map((value) => [idOf.get(r.slug)!, value]));
    const link = async (table: string, column: string, type: string, values: string[][]) =>
      manager.query(`INSERT INTO ${table} (resource_id, ${column}) SELECT * FROM unnest($1::uuid[], $2::${type}[])`, [
        values.map((v) => v[0]),
        values.map((v) => v[1]),
      ]);
    await link('resource_themes', 'theme_id', 'uuid', pairs('themes'));
    await link('resource_audiences', 'audience_slug', 'text', pairs('audiences'));
    await link('resource_tags', 'tag_id', 'uuid', pairs('tags'));
    await manager.query(`INSERT INTO outbox_events (topic, aggregate_id) SELECT 'resource', unnest($1::uuid[])`, [
      inserted.map((r) => r.id),
    ]);
    onProgress(start + size);
  }
  await manager.query(`NOTIFY outbox_events`);
}
