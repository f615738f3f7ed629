import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { decodeCursor } from '../../common/graphql/cursor';
import { FollowKind, FollowObject, MemberProfileObject, NewsFeedObject } from './dto/following.objects';
import { FollowRow, FollowsService } from './follows.service';
import { MemberProfilesService } from './member-profiles.service';
import { NewsFeedService } from './news-feed.service';

const presentFollow = (row: FollowRow): FollowObject => ({ kind: row.kind, slug: row.slug, label: row.label });

@Resolver()
export class FollowingResolver {
  constructor(
    private readonly follows: FollowsService,
    private readonly news: NewsFeedService,
    private readonly profiles: MemberProfilesService,
  ) {}

  @Query(() => [FollowObject], {
    description: 'What the signed-in person follows: themes, organisations, then members.',
  })
  async myFollows(@CurrentActor() actor: Actor | null): Promise<FollowObject[]> {
    return (await this.follows.mine(actor)).map(presentFollow);
  }

  @Mutation(() => [FollowObject], {
    description:
      'Follows (or, with following: false, unfollows) a theme, organisation or member; returns what one follows.',
  })
  async setFollow(
    @Args('kind', { type: () => FollowKind }) kind: FollowKind,
    @Args('slug') slug: string,
    @Args('following') following: boolean,
    @CurrentActor() actor: Actor | null,
  ): Promise<FollowObject[]> {
    return (await this.follows.set(actor, kind, slug, following)).map(presentFollow);
  }

  @Query(() => NewsFeedObject, {
    description: '« Quoi de neuf » : new resources, debriefs and comments from what one follows, newest first.',
  })
  newsFeed(
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after: string | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<NewsFeedObject> {
    return this.news.feed(actor, { first, after: decodeCursor(after) });
  }

  @Query(() => MemberProfileObject, { description: 'Signed-in members: a member’s page.' })
  memberProfile(@Args('slug') slug: string, @CurrentActor() actor: Actor | null): Promise<MemberProfileObject> {
    return this.profiles.profile(actor, slug);
  }
}
