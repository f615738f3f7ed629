import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('SynonymGroup', { description: 'Terms that search treats as equivalent.' })
export class SynonymGroupObject {
  @Field(() => ID, { nullable: true, description: 'Null for the built-in groups, which are maintained in the code.' })
  id!: string | null;
  @Field(() => [String]) terms!: string[];
  @Field() builtIn!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) createdAt!: Date | null;
}
