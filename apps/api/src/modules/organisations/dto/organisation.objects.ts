import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}

@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => OrganisationObject, { nullable: true }) organisation!: OrganisationObject | null;
}
