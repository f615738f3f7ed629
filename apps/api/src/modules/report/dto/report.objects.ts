import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType('ReportFiltersInput')
export class ReportFiltersInput {
  @Field(() => String, {
    nullable: true,
    description: 'A theme slug: resources and debriefs of tools with this theme.',
  })
  themeSlug?: string | null;
  @Field(() => String, { nullable: true, description: 'An organisation slug: what its members did.' })
  organisationSlug?: string | null;
  @Field(() => String, { nullable: true, description: 'An audience slug: resources for it, debriefs with it.' })
  audienceSlug?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only organisations in a priority neighbourhood (QPV).' })
  priorityNeighbourhood?: boolean | null;
}

@InputType('ActivityReportInput')
export class ActivityReportInput {
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD; with `to`, default the last 12 months.' })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (included), YYYY-MM-DD.' })
  to?: string | null;
  @Field(() => ReportFiltersInput, { nullable: true }) filters?: ReportFiltersInput | null;
}

@ObjectType('ReportPeriod')
export class ReportPeriodObject {
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType('ReportFilters')
export class ReportFiltersObject {
  @Field(() => String, { nullable: true }) themeSlug!: string | null;
  @Field(() => String, { nullable: true }) organisationSlug!: string | null;
  @Field(() => String, { nullable: true }) audienceSlug!: string | null;
  @Field() priorityNeighbourhood!: boolean;
}

@ObjectType('ReportFigure', { description: 'One figure of the period and of the previous period of the same length.' })
export class ReportFigureObject {
  @Field({ description: 'Stable id (REPORT_FIGURES in libs/shared).' }) id!: string;
  @Field({ description: 'fieldWork, library, meetings, network or equipment.' }) section!: string;
  @Field(() => Float, { nullable: true, description: 'null: nothing to measure (an average of no debrief).' })
  value!: number | null;
  @Field(() => Float, { nullable: true }) previous!: number | null;
  @Field(() => Int, { nullable: true, description: 'Change from the previous period, in percent.' })
  changePercent!: number | null;
}

/** One row of a table: one value per column (lists of scalars, so that the query cost stays flat). */
@ObjectType('ReportRow')
export class ReportRowObject {
  @Field({ description: 'Slug, month (YYYY-MM), type or age band; "" for « not given ».' }) key!: string;
  @Field({ description: 'As the data names it; "" for « not given » or a resource a shared report does not name.' })
  label!: string;
  @Field(() => String, { nullable: true, description: 'The resource of a ranking row, when the reader may open it.' })
  resourceSlug!: string | null;
  @Field(() => [Float], { nullable: 'items', description: 'One per column; null when suppressed.' })
  values!: (number | null)[];
  @Field(() => [Float], {
    nullable: 'items',
    description: 'The previous period, one per column; null for rankings, months, and when suppressed.',
  })
  previous!: (number | null)[];
  @Field(() => [Boolean], { description: 'A shared report hides counts below 3 in cross-tabs (shown « < 3 »).' })
  suppressed!: boolean[];
  @Field(() => [Boolean], { description: 'The same for the previous period.' }) previousSuppressed!: boolean[];
}

@ObjectType('ReportTable')
export class ReportTableObject {
  @Field({ description: 'Stable id (REPORT_TABLES in libs/shared).' }) id!: string;
  @Field({ description: 'fieldWork, library, meetings, network or equipment.' }) section!: string;
  @Field(() => [String], { description: 'Column ids (REPORT_COLUMNS), one per value.' }) columns!: string[];
  @Field(() => [ReportRowObject]) rows!: ReportRowObject[];
}

@ObjectType('ActivityReport', { description: 'The network’s activity over a period, compared with the one before.' })
export class ActivityReportObject {
  @Field(() => ReportPeriodObject) period!: ReportPeriodObject;
  @Field(() => ReportPeriodObject) previousPeriod!: ReportPeriodObject;
  @Field(() => ReportFiltersObject) filters!: ReportFiltersObject;
  @Field({ description: 'Seen through a share link: small counts suppressed, only public resources named.' })
  shared!: boolean;
  @Field(() => GraphQLISODateTime) generatedAt!: Date;
  @Field(() => [ReportFigureObject]) figures!: ReportFigureObject[];
  @Field(() => [ReportTableObject]) tables!: ReportTableObject[];
}
