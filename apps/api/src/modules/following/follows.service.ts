import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EntityKind } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { FollowKind } from './dto/following.objects';

export interface FollowRow {
  kind: FollowKind;
  target_id: string;
  slug: string;
  label: string;
}

const TARGETS: Record<FollowKind, { table: string; label: string; what: EntityKind }> = {
  [FollowKind.THEME]: { table: 'themes', label: 'label', what: 'theme' },
  [FollowKind.ORGANISATION]: { table: 'organisations', label: 'name', what: 'organisation' },
  [FollowKind.MEMBER]: { table: 'members', label: 'name', what: 'member' },
};

/** Members follow themes, organisations and other members; what they follow feeds « Quoi de neuf » and the digest. */
@Injectable()
export class FollowsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What a member follows, themes first, then organisations, then members, by label. */
  async list(memberId: string): Promise<FollowRow[]> {
    return this.dataSource.query(
      `SELECT f.kind, f.target_id, COALESCE(t.slug, o.slug, m.slug) AS slug, COALESCE(t.label, o.name, m.name) AS label
       FROM follows f
       LEFT JOIN themes t ON f.kind = 'theme' AND t.id = f.target_id
       LEFT JOIN organisations o ON f.kind = 'organisation' AND o.id = f.target_id
       LEFT JOIN members m ON f.kind = 'member' AND m.id = f.target_id
       WHERE f.member_id = $1 AND COALESCE(t.id, o.id, m.id) IS NOT NULL
       ORDER BY array_position(ARRAY['theme', 'organisation', 'member']::varchar[], f.kind), 4`,
      [memberId],
    );
  }

  mine(actor: Actor | null): Promise<FollowRow[]> {
    return this.list(requireActor(actor).id);
  }

  /** Follows or unfollows (idempotent); one does not follow oneself. Returns the new list. */
  async set(actor: Actor | null, kind: FollowKind, slug: string, following: boolean): Promise<FollowRow[]> {
    const current = requireActor(actor);
    const target = TARGETS[kind];
    if (!target) throw InvalidInputError.of('kind', 'oneOf', { allowed: Object.keys(TARGETS).join(', ') });
    const [row]: { id: string }[] = await this.dataSource.query(`SELECT id FROM ${target.table} WHERE slug = $1`, [
      slug,
    ]);
    if (!row) throw new NotFoundError(target.what, slug);
    if (kind === FollowKind.MEMBER && row.id === current.id)
      throw InvalidInputError.of('slug', 'unknown', { values: 'on ne se suit pas soi-même' });
    await this.dataSource.query(
      following
        ? `INSERT INTO follows (member_id, kind, target_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
        : `DELETE FROM follows WHERE member_id = $1 AND kind = $2 AND target_id = $3`,
      [current.id, kind, row.id],
    );
    return this.list(current.id);
  }
}
