import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { validateOrganisation } from '@culture-commune/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { Clock } from '../../common/clock';
import { freeSlug } from '../../common/database/free-slug';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { EVENT_TOPIC } from '../events/search/event-index.definition';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ORGANISATION_TOPIC } from '../organisations/search/organisation-index.definition';
import { OutboxService } from '../outbox/outbox.service';
import { RESOURCE_TOPIC } from '../resources/search/resource-index.definition';
import { AudienceEntity } from '../taxonomy/audience.entity';
import { directoryPolicy } from './directory.policy';
import type { OrganisationInput } from './dto/directory.objects';
import { findMergeImpact, mergeOrganisationRows } from './organisation-merge-rows';
import { OrganisationAudienceEntity } from './organisation-audience.entity';
import { DIRECTORY_TOPIC } from './search/directory-index.definition';
import { findOrganisationMemberIds } from './directory-rows';

const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

/** Admins create, edit, archive and merge organisations; each write is audited and reaches the search indexes. */
@Injectable()
export class OrganisationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  private authorise(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!directoryPolicy.canManageOrganisations(current)) throw new ForbiddenError('forbidden.adminOnly');
    return current;
  }

  async create(actor: Actor | null, input: OrganisationInput): Promise<string> {
    const current = this.authorise(actor);
    return this.dataSource.transaction(async (manager) => {
      const fields = await this.validFields(manager, input);
      const slug = await freeSlug(manager, fields.name, { sources: ['organisations'], fallback: 'structure' });
      const { identifiers } = await manager.insert(OrganisationEntity, { ...fields, slug });
      const id: string = identifiers[0].id;
      await this.setAudiences(manager, id, input.audienceSlugs);
      await this.audit.record('organisation.created', current.id, slug, { label: fields.name }, manager);
      await this.reindex(manager, [id]);
      return slug;
    });
  }

  async update(actor: Actor | null, slug: string, input: OrganisationInput): Promise<string> {
    const current = this.authorise(actor);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.locked(manager, slug, 'slug');
      const fields = await this.validFields(manager, input);
      await manager.update(OrganisationEntity, { id: organisation.id }, fields);
      await this.setAudiences(manager, organisation.id, input.audienceSlugs);
      const details = organisation.name === fields.name ? {} : { from: organisation.name, to: fields.name };
      await this.audit.record('organisation.updated', current.id, slug, details, manager);
      await this.reindex(manager, [organisation.id]);
      return slug;
    });
  }

  async setArchived(actor: Actor | null, slug: string, archived: boolean): Promise<string> {
    const current = this.authorise(actor);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.locked(manager, slug, 'slug');
      if ((organisation.archivedAt !== null) === archived) return slug;
      await manager.update(
        OrganisationEntity,
        { id: organisation.id },
        { archivedAt: archived ? this.clock.now() : null },
      );
      const action = archived ? 'organisation.archived' : 'organisation.restored';
      await this.audit.record(action, current.id, slug, { label: organisation.name }, manager);
      await this.reindex(manager, [organisation.id]);
      return slug;
    });
  }

  /** Moves everything of `mergeSlug` to `keepSlug` and deletes it, in one transaction (organisation-merge-rows.ts). */
  async merge(actor: Actor | null, keepSlug: string, mergeSlug: string): Promise<string> {
    const current = this.authorise(actor);
    if (keepSlug === mergeSlug) throw InvalidInputError.of('mergeSlug', 'distinct', { other: keepSlug });
    return this.dataSource.transaction(async (manager) => {
      // Locked in a fixed order, so that two merges of the same pair cannot wait on each other.
      const [first, second] = [keepSlug, mergeSlug].sort();
      const locked = new Map<string, OrganisationEntity>();
      for (const slug of [first, second])
        locked.set(slug, await this.locked(manager, slug, slug === keepSlug ? 'keepSlug' : 'mergeSlug'));
      const kept = locked.get(keepSlug)!;
      const merged = locked.get(mergeSlug)!;
      const impact = await findMergeImpact(manager, merged.id);
      await mergeOrganisationRows(manager, merged.id, kept.id);
      await this.audit.record(
        'organisation.merged',
        current.id,
        keepSlug,
        {
          merged: `${merged.name} (${mergeSlug})`,
          members: impact.memberIds.length,
          resources: impact.resourceIds.length,
          events: impact.eventIds.length,
          follows: impact.follows,
        },
        manager,
      );
      await this.reindex(manager, [kept.id, merged.id]);
      await this.outbox.enqueue(manager, RESOURCE_TOPIC, impact.resourceIds);
      await this.outbox.enqueue(manager, EVENT_TOPIC, impact.eventIds);
      return keepSlug;
    });
  }

  private async locked(manager: EntityManager, slug: string, field: string): Promise<OrganisationEntity> {
    const organisation = await manager.findOne(OrganisationEntity, {
      where: { slug },
      lock: { mode: 'pessimistic_write' },
    });
    if (!organisation) {
      if (field === 'slug') throw new NotFoundError('organisation', slug);
      throw InvalidInputError.of(field, 'unknown', { values: slug });
    }
    return organisation;
  }

  private async validFields(manager: EntityManager, input: OrganisationInput) {
    const issues = validateOrganisation(input);
    const audiences = input.audienceSlugs.length
      ? await manager.findBy(AudienceEntity, { slug: In(input.audienceSlugs) })
      : [];
    const unknown = input.audienceSlugs.filter((slug) => !audiences.some((audience) => audience.slug === slug));
    if (unknown.length)
      issues.push({ field: 'audienceSlugs', rule: 'unknown', params: { values: unknown.join(', ') } });
    if (issues.length) throw new InvalidInputError(issues);
    return {
      name: input.name.trim(),
      kind: input.kind,
      kindDetail: input.kind === 'autre' ? trimmed(input.kindDetail) : null,
      city: trimmed(input.city),
      neighbourhood: trimmed(input.neighbourhood),
      priorityNeighbourhood: input.priorityNeighbourhood,
      description: trimmed(input.description),
      website: trimmed(input.website),
      publicContact: trimmed(input.publicContact),
    };
  }

  private async setAudiences(manager: EntityManager, organisationId: string, slugs: string[]): Promise<void> {
    await manager.delete(OrganisationAudienceEntity, { organisationId });
    const unique = [...new Set(slugs)];
    if (unique.length)
      await manager.insert(
        OrganisationAudienceEntity,
        unique.map((audienceSlug) => ({ organisationId, audienceSlug })),
      );
  }

  /** The organisations' documents, and their people's, which carry the organisation's name, kind and place. */
  private async reindex(manager: EntityManager, organisationIds: string[]): Promise<void> {
    const memberIds = await findOrganisationMemberIds(manager, organisationIds);
    await this.outbox.enqueue(manager, ORGANISATION_TOPIC, organisationIds);
    await this.outbox.enqueue(manager, DIRECTORY_TOPIC, [...organisationIds, ...memberIds]);
  }
}
