import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { directoryPolicy } from '../directory/directory.policy';
import { NotFoundError } from '../../common/errors/domain-errors';
import type { MemberProfileObject } from './dto/following.objects';
import { findMemberProfile } from './follow-rows';

/** A person's page, for members (and for visitors when the person chose public, directory.policy.ts): who they are, what they know, what they shared, and the follow button. */
@Injectable()
export class MemberProfilesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async profile(actor: Actor | null, slug: string): Promise<MemberProfileObject> {
    const row = await findMemberProfile(this.dataSource.manager, slug, actor);
    // A person who did not choose to be public is unknown to visitors, as if they did not exist.
    if (
      !row ||
      !directoryPolicy.canViewPerson(actor, {
        id: row.id,
        directoryVisibility: row.directory_visibility,
        deactivatedAt: row.deactivated_at,
      })
    )
      throw new NotFoundError('member', slug);
    return {
      member: { id: row.id, slug: row.slug, name: row.name, title: row.title, organisation: row.organisation },
      expertise: row.expertise,
      viewerFollows: row.viewer_follows,
      isViewer: row.id === actor?.id,
      followerCount: row.follower_count,
      recentResources: row.recent,
      deactivatedAt: row.deactivated_at,
    };
  }
}
