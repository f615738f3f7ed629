import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { queryRows } from '../../common/database/query-rows';
import { ResourceEntity } from '../resources/resource.entity';
import { resourcesPolicy } from '../resources/resources.policy';
import { ResourcesService, checkPaging } from '../resources/resources.service';
import { REACTION_KINDS, ReactionCountObject, ReactionKind } from './dto/reaction.objects';

/** Reactions and bookmarks: signed-in members, on resources they can see (the resources policy decides). */
@Injectable()
export class ReactionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly resources: ResourcesService,
  ) {}

  async counts(resourceId: string, actor: Actor | null): Promise<ReactionCountObject[]> {
    const rows: { kind: ReactionKind; member_id: string; slug: string; name: string; title: string | null }[] =
      await this.dataSource.query(
        `SELECT r.kind, m.id AS member_id, m.slug, m.name, m.title FROM reactions r JOIN members m ON m.id = r.member_id
        WHERE r.resource_id = $1 ORDER BY r.created_at`,
        [resourceId],
      );
    return REACTION_KINDS.map((kind) => {
      const of = rows.filter((row) => row.kind === kind);
      return {
        kind,
        count: of.length,
        viewerReacted: Boolean(actor && of.some((row) => row.member_id === actor.id)),
        members: of.map((row) => ({
          id: row.member_id,
          slug: row.slug,
          name: row.name,
          title: row.title,
          organisation: null,
        })),
      };
    });
  }

  async toggle(actor: Actor | null, slug: string, kind: ReactionKind): Promise<ReactionCountObject[]> {
    const current = requireActor(actor);
    const resource = await this.resources.getBySlug(slug, current);
    await this.dataSource.transaction(async (manager) => {
      const removed = await queryRows<{ kind: ReactionKind }>(
        manager,
        `DELETE FROM reactions WHERE resource_id = $1 AND member_id = $2 AND kind = $3 RETURNING kind`,
        [resource.id, current.id, kind],
      );
      if (removed.length === 0) {
        await manager.query(`INSERT INTO reactions (resource_id, member_id, kind) VALUES ($1, $2, $3)`, [
          resource.id,
          current.id,
          kind,
        ]);
      }
    });
    return this.counts(resource.id, current);
  }

  async isBookmarked(resourceId: string, actor: Actor | null): Promise<boolean> {
    if (!actor) return false;
    const rows = await this.dataSource.query(`SELECT 1 FROM bookmarks WHERE member_id = $1 AND resource_id = $2`, [
      actor.id,
      resourceId,
    ]);
    return rows.length > 0;
  }

  async setBookmark(actor: Actor | null, slug: string, bookmarked: boolean): Promise<boolean> {
    const current = requireActor(actor);
    const resource = await this.resources.getBySlug(slug, current);
    if (bookmarked) {
      await this.dataSource.query(
        `INSERT INTO bookmarks (member_id, resource_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [current.id, resource.id],
      );
    } else {
      await this.dataSource.query(`DELETE FROM bookmarks WHERE member_id = $1 AND resource_id = $2`, [
        current.id,
        resource.id,
      ]);
    }
    return bookmarked;
  }

  /** The actor's favourites they may still see, newest bookmark first. */
  async bookmarks(actor: Actor | null, page = 1, pageSize: number = LIMITS.pageSizeDefault) {
    const current = requireActor(actor);
    checkPaging(page, pageSize);
    const rows: { resource_id: string; total: number }[] = await this.dataSource.query(
      `SELECT b.resource_id, count(*) OVER ()::int AS total FROM bookmarks b JOIN resources r ON r.id = b.resource_id
        WHERE b.member_id = $1 AND ${resourcesPolicy.sqlVisible(current, 'r', '$1')}
        ORDER BY b.created_at DESC LIMIT $2 OFFSET $3`,
      [current.id, pageSize, (page - 1) * pageSize],
    );
    const items: ResourceEntity[] = await this.resources.loadWithRelations(rows.map((row) => row.resource_id));
    return { items, total: rows[0]?.total ?? 0, page, pageSize };
  }
}
