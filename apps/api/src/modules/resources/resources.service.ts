import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  LIMITS,
  ResourceDraft,
  authorKindsFor,
  normaliseUrl,
  slugify,
  titleKey,
  validateResourceDraft,
} from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { DomainError, InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { resourcesPolicy } from './resources.policy';
import { freeSlug } from '../../common/database/free-slug';
import { NotificationsService } from '../notifications/notifications.service';
import { OutboxService } from '../outbox/outbox.service';
import { MemberEntity } from '../organisations/member.entity';
import { ResourceFilterInput } from './dto/resource.input';
import { ResourceSlugHistoryEntity } from './resource-slug-history.entity';
import { ResourceEntity } from './resource.entity';
import { resolveReferences, upsertTags } from './resource-references';
import { findLibraryWords, loadResourceBySlug, loadResources, moveToBin } from './resource-rows';
import { RESOURCE_TOPIC } from './search/resource-index.definition';
import { recordResourceVersion } from '../resource-history/record-version';
import { Clock } from '../../common/clock';
import { isLikelyBot } from './resource-view-rows';
import { DuplicateRow, findPossibleDuplicates } from './resource-duplicates';
import { ResourceFilesService, type FileChoice } from '../files/resource-files.service';

const RESERVED_SLUGS = ['nouvelle'];

/**
 * What a member saves: the draft, whether they confirmed it despite a resource with the same address, and its files
 * (omitted: unchanged).
 */
export type ResourceWrite = ResourceDraft & { confirmDuplicate?: boolean | null; files?: FileChoice[] | null };

export interface WriteOptions {
  /** Keeps a given slug (the demo seed uses the library's own slugs). */
  slug?: string;
  contributor?: MemberEntity | null;
  /** Who attaches the draft's files (their own uploads). */
  actor?: Actor;
}

@Injectable()
export class ResourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: ResourceFilesService,
  ) {}

  /** A resource the actor may see, by its current slug or by one it had before a title change; else NOT_FOUND. */
  async getBySlug(slug: string, actor: Actor | null): Promise<ResourceEntity> {
    return this.checkVisible(await loadResourceBySlug(this.dataSource.manager, slug, null), slug, actor);
  }

  /**
   * `getBySlug` for the resource page, which counts one view per page load (the report's « most consulted »): a day's
   * counter per resource, never who viewed. Crawlers that say so in their user agent are not counted. One statement
   * finds, loads and counts (decision 0050); the view counts only if the actor may see the resource.
   */
  async openPage(slug: string, actor: Actor | null, userAgent: string | undefined): Promise<ResourceEntity> {
    const view = isLikelyBot(userAgent) ? null : { at: this.clock.now(), actor };
    return this.checkVisible(await loadResourceBySlug(this.dataSource.manager, slug, view), slug, actor);
  }

  private checkVisible(resource: ResourceEntity | null, slug: string, actor: Actor | null): ResourceEntity {
    if (!resource) throw new NotFoundError('resource', slug);
    // A resource one may not see answers like a missing one: its existence is not revealed.
    if (!resourcesPolicy.canView(actor, accessFacts(resource))) throw new NotFoundError('resource', slug);
    return resource;
  }

  async list(
    actor: Actor | null,
    filter: ResourceFilterInput = {},
    page = 1,
    pageSize: number = LIMITS.pageSizeDefault,
  ) {
    checkPaging(page, pageSize);
    const query = this.dataSource.manager
      .createQueryBuilder(ResourceEntity, 'resource')
      .where(resourcesPolicy.sqlPublished('resource'))
      .andWhere(resourcesPolicy.sqlVisible(actor, 'resource', ':actorId'), { actorId: actor?.id ?? null })
      .orderBy('resource.createdAt', 'DESC')
      .addOrderBy('resource.id', 'ASC');
    if (filter.types?.length) query.andWhere('resource.type IN (:...types)', { types: filter.types });
    if (filter.themes?.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM resource_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.resource_id = resource.id AND t.slug IN (:...themes))`,
        { themes: filter.themes },
      );
    }
    if (filter.audiences?.length) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM resource_audiences ra WHERE ra.resource_id = resource.id AND ra.audience_slug IN (:...audiences))`,
        { audiences: filter.audiences },
      );
    }
    if (filter.organisation) {
      query.andWhere(`resource.organisation_id = (SELECT id FROM organisations WHERE slug = :organisation)`, {
        organisation: filter.organisation,
      });
    }
    const [rows, total] = await query
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const items = await this.loadWithRelations(rows.map((row) => row.id));
    return { items, total, page, pageSize };
  }

  /**
   * The words of titles, tags and themes of published resources (4 letters or more), for spelling suggestions.
   * A full scan: only called when a search finds nothing.
   */
  libraryWords(): Promise<string[]> {
    return findLibraryWords(this.dataSource.manager);
  }

  /** Resources with their relations, in the order of `ids`, in one SQL query. */
  loadWithRelations(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<ResourceEntity[]> {
    return loadResources(manager, ids);
  }

  /** For members about to share: what they can see that is probably the same resource. */
  possibleDuplicates(
    actor: Actor | null,
    input: { url?: string | null; title?: string | null; excludeSlug?: string | null },
  ): Promise<DuplicateRow[]> {
    const current = requireActor(actor);
    if (!resourcesPolicy.canCreate(current)) throw new ForbiddenError();
    return findPossibleDuplicates(this.dataSource.manager, current, input);
  }

  async create(actor: Actor | null, draft: ResourceWrite): Promise<ResourceEntity> {
    const current = requireActor(actor);
    if (!resourcesPolicy.canCreate(current)) throw new ForbiddenError();
    const contributor = await this.dataSource.manager.findOneByOrFail(MemberEntity, { id: current.id });
    const id = await this.dataSource.transaction(async (manager) => {
      await this.refuseUnconfirmedDuplicate(manager, current, draft, null);
      const created = await this.createIn(manager, draft, { contributor, actor: current });
      await this.notifications.onResourcePublished(manager, created, current.id);
      return created;
    });
    return this.getById(id);
  }

  /** Creates a resource inside an existing transaction (the seed runs many in one). Returns its id. */
  async createIn(manager: EntityManager, draft: ResourceWrite, options: WriteOptions = {}): Promise<string> {
    const references = await this.validate(manager, draft);
    const resource = manager.create(ResourceEntity, {
      ...this.columns(draft),
      slug: options.slug ?? (await this.freeSlug(manager, draft.title)),
      contributor: options.contributor ?? null,
      organisation: references.organisation,
      themes: references.themes,
      audiences: references.audiences,
      tags: await upsertTags(manager, draft.tags),
    });
    const saved = await manager.save(resource);
    if (draft.files && options.actor) {
      await this.files.setFiles(manager, options.actor, saved.id, draft.files, this.clock.now());
    }
    await recordResourceVersion(manager, saved.id, options.contributor?.id ?? null);
    await this.outbox.enqueue(manager, RESOURCE_TOPIC, [saved.id]);
    return saved.id;
  }

  /** `onWrite` runs last in the same transaction (restoring a version audits it there). */
  async update(
    actor: Actor | null,
    slug: string,
    draft: ResourceWrite,
    onWrite?: (manager: EntityManager, resourceId: string) => Promise<void>,
  ): Promise<ResourceEntity> {
    const current = await this.getEditable(actor, slug);
    await this.dataSource.transaction(async (manager) => {
      await manager.findOne(ResourceEntity, {
        where: { id: current.id },
        select: { id: true },
        lock: { mode: 'pessimistic_write' },
      });
      const references = await this.validate(manager, draft);
      await this.refuseUnconfirmedDuplicate(manager, actor!, draft, current.slug);
      const resource = await manager.findOneOrFail(ResourceEntity, {
        where: { id: current.id },
        relations: { themes: true, audiences: true, tags: true },
      });
      if (draft.title.trim() !== resource.title && slugify(draft.title) !== resource.slug) {
        await manager.insert(ResourceSlugHistoryEntity, { slug: resource.slug, resourceId: resource.id });
        resource.slug = await this.freeSlug(manager, draft.title);
      }
      Object.assign(resource, this.columns(draft, resource.authorKinds), {
        organisation: references.organisation,
        themes: references.themes,
        audiences: references.audiences,
        tags: await upsertTags(manager, draft.tags),
      });
      await manager.save(resource);
      if (draft.files) await this.files.setFiles(manager, actor!, resource.id, draft.files, this.clock.now());
      await recordResourceVersion(manager, resource.id, actor!.id);
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [resource.id]);
      // A draft made visible, or a theme added, is news for that theme's followers (once per resource and person).
      await this.notifications.onResourcePublished(manager, resource.id, actor!.id);
      await onWrite?.(manager, resource.id);
    });
    return this.getById(current.id);
  }

  /** Moves the resource to the bin (decision 0019): the row stays, invisible everywhere, until restored or purged. */
  async delete(actor: Actor | null, slug: string): Promise<boolean> {
    const current = await this.getEditable(actor, slug);
    await this.dataSource.transaction(async (manager) => {
      await moveToBin(manager, current.id, this.clock.now(), actor!.id);
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, [current.id]);
      await this.audit.record('resource.deleted', actor!.id, current.slug, { title: current.title }, manager);
    });
    return true;
  }

  /**
   * CONFLICT naming the resource the actor can see that has the same normalised URL, unless the member confirmed.
   * Resources the actor may not see never block (nor are revealed): the check is a warning, not a uniqueness rule.
   */
  private async refuseUnconfirmedDuplicate(
    manager: EntityManager,
    actor: Actor,
    draft: ResourceWrite,
    ownSlug: string | null,
  ): Promise<void> {
    if (draft.confirmDuplicate || !draft.url?.trim()) return;
    const [same] = (await findPossibleDuplicates(manager, actor, { url: draft.url, excludeSlug: ownSlug })).filter(
      (row) => row.sameUrl,
    );
    if (same) {
      throw new DomainError('conflict.duplicateUrl', { title: same.title, slug: same.slug }, { duplicate: same });
    }
  }

  /** UNAUTHENTICATED for visitors, NOT_FOUND if not visible, FORBIDDEN if visible but not editable. */
  private async getEditable(actor: Actor | null, slug: string): Promise<ResourceEntity> {
    requireActor(actor);
    const resource = await this.getBySlug(slug, actor);
    if (!resourcesPolicy.canEdit(actor, accessFacts(resource))) {
      throw new ForbiddenError('forbidden.resourceEditor');
    }
    return resource;
  }

  private async getById(id: string): Promise<ResourceEntity> {
    const [resource] = await this.loadWithRelations([id]);
    if (!resource) throw new NotFoundError('resource', id);
    return resource;
  }

  private async validate(manager: EntityManager, draft: ResourceDraft) {
    const issues = validateResourceDraft(draft);
    const { references, issues: referenceIssues } = await resolveReferences(manager, draft);
    const all = [...issues, ...referenceIssues.filter((issue) => !issues.some((other) => other.field === issue.field))];
    if (all.length) throw new InvalidInputError(all);
    return references;
  }

  /** The row's own columns; `previousKinds` are kept for the authors still listed when the draft says nothing of them. */
  private columns(draft: ResourceDraft, previousKinds: ResourceEntity['authorKinds'] = {}) {
    const trimmed = (value?: string | null) => (value?.trim() ? value.trim() : null);
    const authors = draft.authors.map((author) => author.trim()).filter(Boolean);
    return {
      type: draft.type as ResourceEntity['type'],
      format: draft.format,
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      body: trimmed(draft.body),
      url: trimmed(draft.url),
      urlKey: draft.url?.trim() ? normaliseUrl(draft.url) : null,
      titleKey: titleKey(draft.title),
      authors,
      authorKinds: authorKindsFor(authors, draft.authorKinds ?? previousKinds),
      publisher: trimmed(draft.publisher),
      year: draft.year ?? null,
      language: draft.language,
      licence: trimmed(draft.licence),
      durationMinutes: draft.durationMinutes ?? null,
      visibility: draft.visibility as ResourceEntity['visibility'],
    };
  }

  /** A slug from the title, unused by any resource now or before ("titre", "titre-2", …). */
  private freeSlug(manager: EntityManager, title: string): Promise<string> {
    return freeSlug(manager, title, {
      sources: ['resources', 'resource_slug_history'],
      reserved: RESERVED_SLUGS,
      fallback: 'ressource',
    });
  }
}

export function checkPaging(page: number, pageSize: number): void {
  if (!Number.isInteger(page) || page < 1 || page > LIMITS.pageMax) {
    throw InvalidInputError.of('page', 'range', { min: 1, max: LIMITS.pageMax });
  }
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > LIMITS.pageSizeMax) {
    throw InvalidInputError.of('pageSize', 'range', { min: 1, max: LIMITS.pageSizeMax });
  }
}

function accessFacts(resource: ResourceEntity) {
  return {
    visibility: resource.visibility,
    contributorId: resource.contributor?.id ?? null,
    deletedAt: resource.deletedAt ?? null,
  };
}
