import { AUDIENCE_SLUGS, FORMATS_BY_TYPE, RESOURCE_TYPES, slugify, tagKey } from '@culture-commune/shared';
import { EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { insertOutboxEvents, notifyOutbox } from '../outbox/outbox-rows';
import { insertFirstVersions } from '../resource-history/resource-history-rows';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { DemoLibrary } from './demo-library';
import {
  insertResourceBatch,
  linkResourceAudiences,
  linkResourceTags,
  linkResourceThemes,
  type ResourceLinks,
  type SyntheticResource,
  upsertTag,
} from './seed-rows';

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
  const themeIds = new Map(
    (await manager.find(ThemeEntity, { select: { slug: true, id: true } })).map((theme) => [theme.slug, theme.id]),
  );
  const organisationIds = (await manager.find(OrganisationEntity, { select: { id: true } })).map(
    (organisation) => organisation.id,
  );
  const words = library.resources
    .flatMap((r) => `${r.title} ${r.summary}`.split(/[\s,.:;!?()«»"]+/))
    .filter((w) => w.length > 3);
  const tagLabels = [...new Set(library.resources.flatMap((r) => r.tags ?? []))];
  const tagIds = new Map<string, string>();
  for (const label of tagLabels) {
    tagIds.set(label, await upsertTag(manager, { label, key: tagKey(label), slug: slugify(tagKey(label)) }));
  }
  const run = Date.now().toString(36);
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const rows = Array.from(
      { length: size },
      (_, i): SyntheticResource & Record<'themes' | 'audiences' | 'tags', string[]> => {
        const model = pick(library.resources);
        const type = pick([...RESOURCE_TYPES]);
        const title = `${model.title} — ${pick(words)} ${pick(words)}`.slice(0, 200);
        return {
          slug: `synth-${run}-${start + i}`,
          type,
          format: pick([...FORMATS_BY_TYPE[type]]),
          title,
          summary:
            `${pick(library.resources).summary} ${Array.from({ length: 12 }, () => pick(words)).join(' ')}`.slice(
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
      },
    );
    const inserted = await insertResourceBatch(manager, rows);
    const idOf = new Map(inserted.map((row) => [row.slug, row.id]));
    const pairs = (key: 'themes' | 'audiences' | 'tags'): ResourceLinks =>
      rows.flatMap((r) => r[key].map((value): [string, string] => [idOf.get(r.slug)!, value]));
    await linkResourceThemes(manager, pairs('themes'));
    await linkResourceAudiences(manager, pairs('audiences'));
    await linkResourceTags(manager, pairs('tags'));
    await insertFirstVersions(
      manager,
      inserted.map((r) => r.id),
    );
    await insertOutboxEvents(
      manager,
      RESOURCE_TOPIC,
      inserted.map((r) => r.id),
    );
    onProgress(start + size);
  }
  await notifyOutbox(manager);
}
