import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, In } from 'typeorm';
import type { EntityKind } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { MemberEntity } from '../organisations/member.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ThemeEntity } from '../taxonomy/theme.entity';
import { FollowKind } from './dto/following.objects';
import { FollowRow, findFollows } from './follow-rows';
import { FollowEntity } from './follow.entity';

export type { FollowRow } from './follow-rows';

const TARGETS: Record<FollowKind, { entity: EntityTarget<{ id: string; slug: string }>; what: EntityKind }> = {
  [FollowKind.THEME]: { entity: ThemeEntity, what: 'theme' },
  [FollowKind.ORGANISATION]: { entity: OrganisationEntity, what: 'organisation' },
  [FollowKind.MEMBER]: { entity: MemberEntity, what: 'member' },
};

/** Members follow themes, organisations and other members; what they follow feeds « Quoi de neuf » and the digest. */
@Injectable()
export class FollowsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What a member follows, themes first, then organisations, then members, by label. */
  async list(memberId: string): Promise<FollowRow[]> {
    return findFollows(this.dataSource.manager, memberId);
  }

  mine(actor: Actor | null): Promise<FollowRow[]> {
    return this.list(requireActor(actor).id);
  }

  /** Adds theme follows in `manager`'s transaction (idempotent); an unknown slug fails naming the field. */
  async followThemes(manager: EntityManager, memberId: string, slugs: string[], field: string): Promise<void> {
    const wanted = [...new Set(slugs)];
    const themes = wanted.length ? await manager.findBy(ThemeEntity, { slug: In(wanted) }) : [];
    const unknown = wanted.filter((slug) => !themes.some((theme) => theme.slug === slug));
    if (unknown.length) throw InvalidInputError.of(field, 'unknown', { values: unknown.join(', ') });
    if (themes.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(FollowEntity)
      .values(themes.map((theme) => ({ memberId, kind: FollowKind.THEME, targetId: theme.id })))
      .orIgnore()
      .execute();
  }

  /** Follows or unfollows (idempotent); one does not follow oneself. Returns the new list. */
  async set(actor: Actor | null, kind: FollowKind, slug: string, following: boolean): Promise<FollowRow[]> {
    const current = requireActor(actor);
    const target = TARGETS[kind];
    if (!target) throw InvalidInputError.of('kind', 'oneOf', { allowed: Object.keys(TARGETS).join(', ') });
    const row = await this.dataSource.manager.findOne(target.entity, { where: { slug }, select: { id: true } });
    if (!row) throw new NotFoundError(target.what, slug);
    if (kind === FollowKind.MEMBER && row.id === current.id)
      throw InvalidInputError.of('slug', 'unknown', { values: 'on ne se suit pas soi-même' });
    const follow = { memberId: current.id, kind, targetId: row.id };
    if (following)
      await this.dataSource.manager
        .createQueryBuilder()
        .insert()
        .into(FollowEntity)
        .values(follow)
        .orIgnore()
        .execute();
    else await this.dataSource.manager.delete(FollowEntity, follow);
    return this.list(current.id);
  }
}
