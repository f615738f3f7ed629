import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Theme')
export class ThemeObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() label!: string;
  @Field(() => String, { nullable: true, description: 'English label, when an admin gave one (else show `label`).' })
  labelEn!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('Audience')
export class AudienceObject {
  @Field() slug!: string;
  @Field() label!: string;
  @Field() labelEn!: string;
}

@ObjectType('Tag')
export class TagObject {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field() slug!: string;
}
