import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';
import { AudienceObject } from '../../taxonomy/dto/taxonomy.objects';

@ObjectType('Debrief', { description: 'How a mediation tool went in a real workshop.' })
export class DebriefObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Workshop date, YYYY-MM-DD.' }) date!: string;
  @Field() context!: string;
  @Field(() => AudienceObject, { nullable: true }) audience!: AudienceObject | null;
  @Field(() => String, { nullable: true }) ageBand!: string | null;
  @Field(() => Int) participants!: number;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field() parentsPresent!: boolean;
  @Field() wentWell!: string;
  @Field() toAdjust!: string;
  @Field(() => Int) rating!: number;
  @Field(() => MemberObject, { nullable: true }) author!: MemberObject | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field({ description: 'Changed after it was first recorded.' }) edited!: boolean;
  @Field() viewerCanEdit!: boolean;
}

@ObjectType('DebriefSummary', { description: '« utilisé 12 fois · 214 participants · 4,3/5 »' })
export class DebriefSummaryObject {
  @Field(() => Int) count!: number;
  @Field(() => Int) participants!: number;
  @Field(() => Float, { nullable: true }) averageRating!: number | null;
}

@InputType('DebriefInput')
export class DebriefInput {
  @Field() date!: string;
  @Field() context!: string;
  @Field(() => String, { nullable: true }) audienceSlug?: string | null;
  @Field(() => String, { nullable: true }) ageBand?: string | null;
  @Field(() => Int) participants!: number;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field() parentsPresent!: boolean;
  @Field() wentWell!: string;
  @Field() toAdjust!: string;
  @Field(() => Int) rating!: number;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'The author checked that no child is identifiable (« J’ai vérifié : aucun enfant n’est identifiable »). Required when the text looks like it names a child; recorded with the debrief.',
  })
  childPrivacyConfirmed?: boolean | null;
}
