import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { resourcesPolicy } from '../resources/resources.policy';
import type { MemberProfileObject } from './dto/following.objects';

const RECENT = 10;

/** A member's page, for other members: who they are, what they know, what they shared, and the follow button. */
@Injectable()
export class MemberProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profile(actor: Actor | null, slug: string): Promise<MemberProfileObject> {
    const current = requireActor(actor);
    const [row] = await this.dataSource.query(
      `SELECT m.id, m.slug, m.name, m.title,
              CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
                   'city', o.city, 'description', o.description) END AS organisation,
              COALESCE((SELECT json_agg(json_build_object('id', t.id, 'slug', t.slug, 'label', t.label, 'description', t.description)
                                 ORDER BY t.position, t.label)
                        FROM member_expertise me JOIN themes t ON t.id = me.theme_id WHERE me.member_id = m.id), '[]'::json) AS expertise,
              (SELECT count(*)::int FROM follows f WHERE f.kind = 'member' AND f.target_id = m.id) AS follower_count,
              EXISTS (SELECT 1 FROM follows f WHERE f.member_id = $2 AND f.kind = 'member' AND f.target_id = m.id) AS viewer_follows,
              COALESCE((SELECT json_agg(json_build_object('slug', x.slug, 'title', x.title) ORDER BY x.created_at DESC) FROM (
                  SELECT r.slug, r.title, r.created_at FROM resources r
                  WHERE r.contributor_id = m.id AND (${resourcesPolicy.sqlPublished('r')} OR m.id = $2) AND ${resourcesPolicy.sqlVisible(current, 'r', '$2')}
                  ORDER BY r.created_at DESC LIMIT ${RECENT}) x), '[]'::json) AS recent
       FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id
       WHERE m.slug = $1`,
      [slug, current.id],
    );
    if (!row) throw new NotFoundError('member', slug);
    return {
      member: { id: row.id, slug: row.slug, name: row.name, title: row.title, organisation: row.organisation },
      expertise: row.expertise,
      viewerFollows: row.viewer_follows,
      isViewer: row.id === current.id,
      followerCount: row.follower_count,
      recentResources: row.recent,
    };
  }
}
