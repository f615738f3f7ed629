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

/** A member named in a list (author, actor, reader): id, address and name only; null when any is missing. */
export function memberRef(id: string | null, slug: string | null, name: string | null): MemberObject | null {
  return id && slug && name ? { id, slug, name, title: null, organisation: null } : null;
}
