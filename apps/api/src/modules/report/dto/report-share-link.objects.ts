import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ReportFiltersInput, ReportFiltersObject, ReportPeriodObject } from './report.objects';

@InputType('ReportShareLinkInput')
export class ReportShareLinkInput {
  @Field({ description: 'Who it is for (« Métropole — bilan intermédiaire »), at most 200 characters.' })
  label!: string;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => ReportFiltersInput, { nullable: true }) filters?: ReportFiltersInput | null;
}

@ObjectType('ReportShareLink', { description: 'A read-only link to one report; its token is shown once, at creation.' })
export class ReportShareLinkObject {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => ReportPeriodObject) period!: ReportPeriodObject;
  @Field(() => ReportFiltersObject) filters!: ReportFiltersObject;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => String, { nullable: true }) createdByName!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedReportShareLink')
export class CreatedReportShareLinkObject {
  @Field(() => ReportShareLinkObject) link!: ReportShareLinkObject;
  @Field({ description: 'The secret of the link (`/rapport/partage/<token>`): shown this once, never stored.' })
  token!: string;
}
