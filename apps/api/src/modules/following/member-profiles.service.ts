import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { requireActor } from '../../common/auth/require-actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import type { MemberProfileObject } from './dto/following.objects';
import { findMemberProfile } from './follow-rows';

/** A member's page, for other members: who they are, what they know, what they shared, and the follow button. */
@Injectable()
export class MemberProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profile(actor: Actor | null, slug: string): Promise<MemberProfileObject> {
    const current = requireActor(actor);
    const row = await findMemberProfile(this.dataSource.manager, slug, current);
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
