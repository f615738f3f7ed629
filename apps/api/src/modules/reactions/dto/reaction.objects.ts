import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';

export const REACTION_KINDS = ['useful', 'tested', 'toRead'] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
export const ReactionKindEnum: { [K in ReactionKind]: K } = { useful: 'useful', tested: 'tested', toRead: 'toRead' };
registerEnumType(ReactionKindEnum, {
  name: 'ReactionKind',
  description: 'useful « utile », tested « testé sur le terrain », toRead « à lire »',
});

@ObjectType('ReactionCount')
export class ReactionCountObject {
  @Field(() => ReactionKindEnum) kind!: ReactionKind;
  @Field(() => Int) count!: number;
  @Field() viewerReacted!: boolean;
  @Field(() => [MemberObject], { description: 'Who reacted, by name.' }) members!: MemberObject[];
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1 }) page!: number;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) pageSize!: number;
}
