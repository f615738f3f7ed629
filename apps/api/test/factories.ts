import type { ResourceDraft, Visibility } from '@culture-commune/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import type { TestApi } from './api-harness';
import { hashPassword } from '../src/modules/accounts/passwords';
import { renderCommentMarkdown } from '../src/modules/comments/markdown';
import { MemberEntity } from '../src/modules/organisations/member.entity';
import { ResourcesService } from '../src/modules/resources/resources.service';
import { RESOURCE_TOPIC } from '../src/modules/resources/search/resource-index.definition';
import { queueResourcesOfFiles } from '../src/modules/resources/search/file-text-rows';
import { ResourceFileEntity } from '../src/modules/files/resource-file.entity';
import { ResourceFilePageEntity } from '../src/modules/files/resource-file-page.entity';

/**
 * Test data a test makes for itself, straight in its suite's database (decision 0016): unique slugs, sensible
 * defaults, and the timestamps the test needs (a row « created an hour ago » instead of a sleep). Each returns what
 * a test goes on with: ids, slugs, an e-mail and password to sign in with.
 */

/** A short suffix that keeps slugs, e-mails and titles unique within a database. */
export const unique = (): string => randomBytes(3).toString('hex');

/** A date `ms` before now (`ago(HOUR)`). */
export const ago = (ms: number): Date => new Date(Date.now() - ms);
export const SECOND = 1000;
export const HOUR = 3600 * SECOND;
export const DAY = 24 * HOUR;

/** The id of a row known by its slug (a demo member, resource, organisation…). */
export async function idOf(
  api: TestApi,
  table: 'members' | 'resources' | 'organisations' | 'reading_lists' | 'events',
  slug: string,
): Promise<string> {
  const [row] = await api.dataSource.query(`SELECT id FROM ${table} WHERE slug = $1`, [slug]);
  if (!row) throw new Error(`No ${table} row with slug ${slug}`);
  return row.id;
}

export const FACTORY_PASSWORD = 'mot-de-passe-de-test';

export async function makeOrganisation(
  api: TestApi,
  options: { name?: string; city?: string } = {},
): Promise<{ id: string; slug: string; name: string }> {
  const suffix = unique();
  const name = options.name ?? `Structure ${suffix}`;
  const slug = `structure-${suffix}`;
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO organisations (slug, name, city) VALUES ($1, $2, $3) RETURNING id`,
    [slug, name, options.city ?? null],
  );
  return { id, slug, name };
}

export interface MadeMember {
  id: string;
  slug: string;
  name: string;
  email: string;
  password: string;
}

/** A member with a real password (argon2, as the app stores them): `api.signIn(member.email, member.password)`. */
export async function makeMember(
  api: TestApi,
  options: { role?: 'member' | 'coordinator' | 'admin'; name?: string; organisationId?: string | null } = {},
): Promise<MadeMember> {
  const suffix = unique();
  const name = options.name ?? `Membre ${suffix}`;
  const slug = `membre-${suffix}`;
  const email = `${slug}@example.org`;
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO members (slug, name, email, role, organisation_id, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [slug, name, email, options.role ?? 'member', options.organisationId ?? null, await hashPassword(FACTORY_PASSWORD)],
  );
  return { id, slug, name, email, password: FACTORY_PASSWORD };
}

/** Signs in as a made member (reusing their session when the suite signs in as them again). */
export const signInAs = (api: TestApi, member: MadeMember): Promise<void> =>
  api.signIn(member.email, member.password, { reuse: true });

/**
 * A resource written as the app writes them (ResourcesService.createIn: themes, audiences, tags, and an outbox event
 * so that `api.drain()` indexes it). `createdAt` backdates it.
 */
export async function makeResource(
  api: TestApi,
  options: {
    type?: ResourceDraft['type'];
    format?: string;
    title?: string;
    visibility?: Visibility;
    url?: string | null;
    contributor?: { id: string } | null;
    themes?: string[];
    audiences?: string[];
    createdAt?: Date;
  } = {},
): Promise<{ id: string; slug: string; title: string }> {
  const title = options.title ?? `Ressource de test ${unique()}`;
  const type = options.type ?? 'lecture';
  const draft: ResourceDraft = {
    type,
    format: options.format ?? (type === 'outil' ? 'jeu' : 'article'),
    title,
    summary: 'Une ressource faite pour un test.',
    url: options.url ?? null,
    authors: [],
    publisher: null,
    year: null,
    language: 'fr',
    licence: null,
    durationMinutes: null,
    visibility: options.visibility ?? 'network',
    themeSlugs: options.themes ?? ['jeux-video'],
    audienceSlugs: options.audiences ?? [],
    tags: [],
    organisationSlug: null,
  };
  const resources = api.app.get(ResourcesService);
  const id = await api.dataSource.transaction(async (manager) => {
    const contributor = options.contributor
      ? await manager.findOneByOrFail(MemberEntity, { id: options.contributor.id })
      : null;
    return resources.createIn(manager, draft, { contributor });
  });
  if (options.createdAt)
    await api.dataSource.query(`UPDATE resources SET created_at = $2, updated_at = $2 WHERE id = $1`, [
      id,
      options.createdAt,
    ]);
  const [{ slug }] = await api.dataSource.query(`SELECT slug FROM resources WHERE id = $1`, [id]);
  return { id, slug, title };
}

/**
 * A field debrief on a tool; `createdAt` backdates it (and its last edit, unless `updatedAt` says otherwise). The tool's
 * search document is queued for reindexing, as the app does, so that `api.drain()` counts it.
 */
export async function makeDebrief(
  api: TestApi,
  options: {
    resourceId: string;
    authorId: string;
    rating?: number;
    participants?: number;
    date?: string;
    createdAt?: Date;
    updatedAt?: Date;
  },
): Promise<{ id: string }> {
  const createdAt = options.createdAt ?? new Date();
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO debriefs (resource_id, author_id, workshop_date, context, participants, went_well, to_adjust, rating,
                           created_at, updated_at)
     VALUES ($1, $2, $3, 'Atelier de test', $4, 'Le groupe a participé.', 'Rien.', $5, $6, $7) RETURNING id`,
    [
      options.resourceId,
      options.authorId,
      options.date ?? createdAt.toISOString().slice(0, 10),
      options.participants ?? 10,
      options.rating ?? 4,
      createdAt,
      options.updatedAt ?? createdAt,
    ],
  );
  await api.dataSource.query(`INSERT INTO outbox_events (topic, aggregate_id) VALUES ($1, $2)`, [
    RESOURCE_TOPIC,
    options.resourceId,
  ]);
  return { id };
}

/** A comment on a resource or a reading list, rendered as the app renders them; `createdAt` backdates it. */
export async function makeComment(
  api: TestApi,
  options: {
    authorId: string;
    resourceId?: string;
    readingListId?: string;
    parentId?: string;
    markdown?: string;
    createdAt?: Date;
  },
): Promise<{ id: string }> {
  const markdown = options.markdown ?? `Un commentaire de test ${unique()}.`;
  const createdAt = options.createdAt ?? new Date();
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO comments (resource_id, reading_list_id, parent_id, author_id, markdown, html, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [
      options.resourceId ?? null,
      options.readingListId ?? null,
      options.parentId ?? null,
      options.authorId,
      markdown,
      renderCommentMarkdown(markdown),
      createdAt,
    ],
  );
  return { id };
}

/** A reading list curated by `curatorId`, holding `resourceIds` in that order. */
export async function makeReadingList(
  api: TestApi,
  options: { curatorId: string; title?: string; visibility?: Visibility; resourceIds?: string[] },
): Promise<{ id: string; slug: string; title: string }> {
  const suffix = unique();
  const title = options.title ?? `Liste de test ${suffix}`;
  const slug = `liste-${suffix}`;
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO reading_lists (slug, title, curator_id, visibility) VALUES ($1, $2, $3, $4) RETURNING id`,
    [slug, title, options.curatorId, options.visibility ?? 'network'],
  );
  for (const [position, resourceId] of (options.resourceIds ?? []).entries()) {
    await api.dataSource.query(
      `INSERT INTO reading_list_items (list_id, resource_id, title_snapshot, position, added_by)
       SELECT $1, r.id, r.title, $3, $4 FROM resources r WHERE r.id = $2`,
      [id, resourceId, position + 1, options.curatorId],
    );
  }
  return { id, slug, title };
}

/** A network meeting (`startsAt` an hour long unless `endsAt` says otherwise), organised by `organisationIds`. */
export async function makeEvent(
  api: TestApi,
  options: {
    startsAt: Date;
    endsAt?: Date;
    title?: string;
    kind?: string;
    visibility?: 'public' | 'network';
    createdById?: string | null;
    organisationIds?: string[];
  },
): Promise<{ id: string; slug: string; title: string }> {
  const suffix = unique();
  const title = options.title ?? `Rencontre de test ${suffix}`;
  const slug = `rencontre-${suffix}`;
  const [{ id }] = await api.dataSource.query(
    `INSERT INTO events (slug, kind, title, starts_at, ends_at, visibility, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      slug,
      options.kind ?? 'rencontre-reseau',
      title,
      options.startsAt,
      options.endsAt ?? new Date(options.startsAt.getTime() + HOUR),
      options.visibility ?? 'network',
      options.createdById ?? null,
    ],
  );
  for (const organisationId of options.organisationIds ?? [])
    await api.dataSource.query(`INSERT INTO event_organisers (event_id, organisation_id) VALUES ($1, $2)`, [
      id,
      organisationId,
    ]);
  return { id, slug, title };
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  odp: 'application/vnd.oasis.opendocument.presentation',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  epub: 'application/epub+zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
};

/**
 * A file attached to a resource with its extracted pages (`pages[0]` is page 1), as upload and extraction leave them
 * (text status `done`), and the resource's search document queued as they queue it. No bytes are stored.
 */
export async function makeResourceFile(
  api: TestApi,
  options: {
    resourceId: string;
    fileName?: string;
    pages?: string[];
    isMain?: boolean;
    position?: number;
    thumbnail?: boolean;
    removed?: boolean;
  },
): Promise<{ id: string; fileName: string }> {
  const fileName = options.fileName ?? `document-${unique()}.pdf`;
  const extension = fileName.split('.').pop()!.toLowerCase();
  const id = randomUUID();
  const pages = options.pages ?? [];
  await api.dataSource.transaction(async (manager) => {
    await manager.insert(ResourceFileEntity, {
      id,
      resourceId: options.resourceId,
      position: options.position ?? 0,
      isMain: options.isMain ?? false,
      fileName,
      mediaType: MEDIA_TYPES[extension] ?? 'application/octet-stream',
      extension,
      size: String(1000 + pages.join(' ').length),
      sha256: randomBytes(32).toString('hex'),
      storageKey: `test/${id}`,
      thumbnailKey: options.thumbnail ? `test/${id}.webp` : null,
      textStatus: 'done',
      pageCount: pages.length,
      attachedAt: new Date(),
      removedAt: options.removed ? new Date() : null,
    });
    if (pages.length)
      await manager.insert(
        ResourceFilePageEntity,
        pages.map((text, i) => ({ fileId: id, page: i + 1, text })),
      );
    await queueResourcesOfFiles(manager, [id]);
  });
  return { id, fileName };
}
