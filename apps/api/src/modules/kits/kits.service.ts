import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { freeSlug } from '../../common/database/free-slug';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ResourceEntity } from '../resources/resource.entity';
import type { KitInput } from './dto/kit.objects';
import { KitItemEntity } from './kit-item.entity';
import { KitResourceEntity } from './kit-resource.entity';
import { findKits, type KitRow } from './kit-rows';
import { validateKit } from './kit-validation';
import { KitEntity } from './kit.entity';
import { kitsPolicy } from './kits.policy';

/** Kits: what members see of them, and their owners' (and admins') edits, audited. */
@Injectable()
export class KitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor | null, organisationId?: string): Promise<KitRow[]> {
    return findKits(this.dataSource.manager, requireActor(actor), { organisationId });
  }

  /** Members only: a visitor gets UNAUTHENTICATED, a kit one may not see NOT_FOUND. */
  async get(actor: Actor | null, slug: string): Promise<KitRow> {
    const [row] = await findKits(this.dataSource.manager, requireActor(actor), { slug });
    if (!row) throw new NotFoundError('kit', slug);
    return row;
  }

  async create(actor: Actor | null, input: KitInput): Promise<string> {
    const current = requireActor(actor);
    const issues = validateKit(input);
    if (issues.length) throw new InvalidInputError(issues);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisation(manager, input.organisationSlug);
      if (!kitsPolicy.canCreateFor(current, organisation.id)) throw new ForbiddenError('forbidden.kitManager');
      const resourceIds = await this.resources(manager, input.resourceSlugs);
      const slug = await freeSlug(manager, input.name, {
        sources: ['kits'],
        reserved: ['nouvelle'],
        fallback: 'malle',
      });
      const inserted = await manager.insert(KitEntity, {
        slug,
        organisationId: organisation.id,
        ...this.fields(input),
        createdById: current.id,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.setContents(manager, id, input, resourceIds);
      await this.audit.record('kit.created', current.id, slug, { organisation: organisation.slug }, manager);
      return slug;
    });
  }

  async update(actor: Actor | null, slug: string, input: KitInput): Promise<string> {
    const current = requireActor(actor);
    const kit = await this.manageable(current, slug);
    const issues = validateKit(input);
    if (issues.length) throw new InvalidInputError(issues);
    await this.dataSource.transaction(async (manager) => {
      const organisation = await this.organisation(manager, input.organisationSlug);
      // Moving a kit to another organisation is for those who may create kits there.
      if (!kitsPolicy.canCreateFor(current, organisation.id)) throw new ForbiddenError('forbidden.kitManager');
      const resourceIds = await this.resources(manager, input.resourceSlugs);
      await manager.update(KitEntity, { id: kit.id }, { organisationId: organisation.id, ...this.fields(input) });
      await this.setContents(manager, kit.id, input, resourceIds);
      await this.audit.record('kit.updated', current.id, slug, {}, manager);
    });
    return slug;
  }

  /** Archived kits leave the lists (their owners and admins still see them); `archived: false` restores. */
  async archive(actor: Actor | null, slug: string, archived: boolean): Promise<string> {
    const current = requireActor(actor);
    const kit = await this.manageable(current, slug);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(KitEntity, { id: kit.id }, { archivedAt: archived ? new Date() : null });
      await this.audit.record('kit.archived', current.id, slug, { archived }, manager);
    });
    return slug;
  }

  /** The kit, if `actor` may manage it; FORBIDDEN for other members. */
  async manageable(actor: Actor, slug: string): Promise<KitRow> {
    const kit = await this.get(actor, slug);
    if (!kitsPolicy.canManage(actor, { organisationId: kit.organisation.id }))
      throw new ForbiddenError('forbidden.kitManager');
    return kit;
  }

  private fields(input: KitInput) {
    return {
      name: input.name.trim(),
      description: input.description.trim(),
      conditionNotes: input.conditionNotes.trim(),
      pickupPlace: input.pickupPlace.trim(),
      loanConditions: input.loanConditions.trim(),
    };
  }

  private async setContents(manager: EntityManager, kitId: string, input: KitInput, resourceIds: string[]) {
    await manager.delete(KitItemEntity, { kitId });
    if (input.items.length)
      await manager.insert(
        KitItemEntity,
        input.items.map((item, position) => ({ kitId, position, label: item.label.trim(), quantity: item.quantity })),
      );
    await manager.delete(KitResourceEntity, { kitId });
    if (resourceIds.length)
      await manager.insert(
        KitResourceEntity,
        resourceIds.map((resourceId) => ({ kitId, resourceId })),
      );
  }

  private async organisation(manager: EntityManager, slug: string): Promise<OrganisationEntity> {
    const organisation = await manager.findOne(OrganisationEntity, { where: { slug } });
    if (!organisation || organisation.archivedAt)
      throw InvalidInputError.of('organisationSlug', 'unknown', { values: slug });
    return organisation;
  }

  private async resources(manager: EntityManager, slugs: string[]): Promise<string[]> {
    const unique = [...new Set(slugs)];
    if (!unique.length) return [];
    const rows = await manager.find(ResourceEntity, { select: { id: true, slug: true }, where: { slug: In(unique) } });
    const unknown = unique.filter((slug) => !rows.some((row) => row.slug === slug));
    if (unknown.length) throw InvalidInputError.of('resourceSlugs', 'unknown', { values: unknown.join(', ') });
    return rows.map((row) => row.id);
  }
}
