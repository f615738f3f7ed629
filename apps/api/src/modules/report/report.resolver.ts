import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ActivityReportInput, ActivityReportObject } from './dto/report.objects';
import {
  CreatedReportShareLinkObject,
  ReportShareLinkInput,
  ReportShareLinkObject,
} from './dto/report-share-link.objects';
import { ReportShareLinksService } from './report-share-links.service';
import { ReportService } from './report.service';

@Resolver()
export class ReportResolver {
  constructor(
    private readonly service: ReportService,
    private readonly shareLinks: ReportShareLinksService,
  ) {}

  @Query(() => ActivityReportObject, {
    description: 'The network’s activity report (coordinators and admins): default the last 12 months.',
  })
  activityReport(
    @Args('input', { type: () => ActivityReportInput, nullable: true }) input: ActivityReportInput | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<ActivityReportObject> {
    return this.service.report(actor, input ?? {});
  }

  @Query(() => ActivityReportObject, {
    description: 'The report of a share link, for anyone holding it: small counts in tables shown « < 3 ».',
  })
  sharedActivityReport(@Args('token') token: string): Promise<ActivityReportObject> {
    return this.shareLinks.sharedReport(token);
  }

  @Query(() => [ReportShareLinkObject], { description: 'The report’s share links (coordinators and admins).' })
  reportShareLinks(@CurrentActor() actor: Actor | null): Promise<ReportShareLinkObject[]> {
    return this.shareLinks.list(actor);
  }

  @Mutation(() => CreatedReportShareLinkObject)
  createReportShareLink(
    @Args('input') input: ReportShareLinkInput,
    @CurrentActor() actor: Actor | null,
  ): Promise<CreatedReportShareLinkObject> {
    return this.shareLinks.create(actor, input);
  }

  @Mutation(() => ReportShareLinkObject)
  revokeReportShareLink(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<ReportShareLinkObject> {
    return this.shareLinks.revoke(actor, id);
  }
}
