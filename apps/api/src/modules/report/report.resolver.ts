import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ActivityReportInput, ActivityReportObject } from './dto/report.objects';
import { ReportService } from './report.service';

@Resolver()
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => ActivityReportObject, {
    description: 'The network’s activity report (coordinators and admins): default the last 12 months.',
  })
  activityReport(
    @Args('input', { type: () => ActivityReportInput, nullable: true }) input: ActivityReportInput | null,
    @CurrentActor() actor: Actor | null,
  ): Promise<ActivityReportObject> {
    return this.service.report(actor, input ?? {});
  }
}
