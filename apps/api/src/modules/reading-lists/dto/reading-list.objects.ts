import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Visibility } from '@culture-commune/shared';
import { VisibilityEnum } from '../../../common/graphql/enums';
import { MemberObject } from '../../organisations/dto/organisation.objects';

export enum ItemAvailability {
  AVAILABLE = 'available',
  RESTRICTED = 'restricted',
  DELETED = 'deleted',
}
registerEnumType(ItemAvailability, {
  name: 'ReadingListItemAvailability',
  description:
    'AVAILABLE; RESTRICTED: the resource exists but the viewer may not see it; DELETED: removed from the library.',
});

@ObjectType('ReadingListResource', { description: 'What a list shows of a resource the viewer may see.' })
export class ReadingListResourceObject {
  @Field() slug!: string;
  @Field() title!: string;
  @Field() type!: string;
  @Field() format!: string;
  @Field(() => Int, { nullable: true }) year!: number | null;
  @Field(() => [String]) authors!: string[];
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field() summary!: string;
}

@ObjectType('ReadingListItem')
export class ReadingListItemObject {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1 for the first item.' }) position!: number;
  @Field(() => String, { nullable: true, description: 'Null when RESTRICTED (it would leak).' })
  note!: string | null;
  @Field(() => MemberObject, { nullable: true, description: 'Null when RESTRICTED, or if the member left.' })
  addedBy!: MemberObject | null;
  @Field(() => ItemAvailability) availability!: ItemAvailability;
  @Field(() => ReadingListResourceObject, { nullable: true, description: 'Null unless AVAILABLE.' })
  resource!: ReadingListResourceObject | null;
  @Field(() => String, {
    nullable: true,
    description: 'The title it had, when DELETED (never for RESTRICTED: it would leak).',
  })
  titleSnapshot!: string | null;
  @Field({ description: 'The viewer marked it read.' }) viewerRead!: boolean;
}

@ObjectType('ReadingParticipant', { description: 'Who has read what, for the curator and collaborators.' })
export class ReadingParticipantObject {
  @Field(() => MemberObject) member!: MemberObject;
  @Field(() => Int) read!: number;
  @Field(() => [ID]) readItemIds!: string[];
}

@ObjectType('ReadingList')
export class ReadingListObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() title!: string;
  @Field() intro!: string;
  @Field(() => VisibilityEnum) visibility!: Visibility;
  @Field(() => MemberObject, { nullable: true }) curator!: MemberObject | null;
  @Field(() => [MemberObject]) collaborators!: MemberObject[];
  @Field(() => [ReadingListItemObject]) items!: ReadingListItemObject[];
  @Field(() => Int, { description: 'Items the viewer marked read (0 for visitors).' }) viewerRead!: number;
  @Field(() => [ReadingParticipantObject], { description: 'Curator and collaborators only; empty for others.' })
  participants!: ReadingParticipantObject[];
  @Field() viewerCanEdit!: boolean;
  @Field({ description: 'Collaborators, share link, visibility, deletion.' }) viewerCanManage!: boolean;
  @Field({ description: 'Managers only: whether a share link is active.' }) hasShareLink!: boolean;
  @Field({ description: 'Read through a share link (read-only).' }) viaShareLink!: boolean;
  @Field(() => Int, { description: 'Goes up with every change of the items.' }) version!: number;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('ReadingListSummary')
export class ReadingListSummaryObject {
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => VisibilityEnum) visibility!: Visibility;
  @Field(() => MemberObject, { nullable: true }) curator!: MemberObject | null;
  @Field(() => Int) itemCount!: number;
  @Field(() => Int) viewerRead!: number;
  @Field() viewerCanEdit!: boolean;
  @Field({ description: 'Whether the resource given as `resourceSlug` is in the list (false without one).' })
  containsResource!: boolean;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@InputType()
export class ReadingListInput {
  @Field() title!: string;
  @Field({ defaultValue: '' }) intro!: string;
  @Field(() => VisibilityEnum, { defaultValue: 'network' }) visibility!: Visibility;
}
