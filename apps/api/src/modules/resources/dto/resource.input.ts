import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import type { ResourceDraft, ResourceType, Visibility } from '@culture-commune/shared';
import { ResourceTypeEnum, VisibilityEnum } from '../../../common/graphql/enums';
import { ResourceFileInput } from '../../files/dto/resource-file.object';
import { AuthorKindChoiceDto } from './author-kind.dto';

@InputType('ResourceInput')
export class ResourceInput implements ResourceDraft {
  @Field(() => ResourceTypeEnum) type!: ResourceType;
  @Field() format!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => String, { nullable: true }) body?: string | null;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [String]) authors!: string[];
  @Field(() => [AuthorKindChoiceDto], {
    nullable: true,
    description:
      'Authors marked as a person or an organisation (the others are guessed from the name). Omitted: unchanged for the authors still listed.',
  })
  authorKinds?: AuthorKindChoiceDto[] | null;
  @Field(() => String, { nullable: true }) publisher?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field() language!: string;
  @Field(() => String, { nullable: true }) licence?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @Field(() => VisibilityEnum) visibility!: Visibility;
  @Field(() => [String]) themeSlugs!: string[];
  @Field(() => [String]) audienceSlugs!: string[];
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { nullable: true }) organisationSlug?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Save although a resource you can see has the same address (otherwise CONFLICT conflict.duplicateUrl).',
  })
  confirmDuplicate?: boolean | null;
  @Field(() => [ResourceFileInput], {
    nullable: true,
    description:
      'The files, in display order: your own uploads (POST /fichiers/televersements/<id>/fin) or files already on it. Omitted: unchanged; files left out are taken off (kept in history).',
  })
  files?: ResourceFileInput[] | null;
}

@InputType('ResourceFilter')
export class ResourceFilterInput {
  @Field(() => [ResourceTypeEnum], { nullable: true }) types?: ResourceType[];
  @Field(() => [String], { nullable: true }) themes?: string[];
  @Field(() => [String], { nullable: true }) audiences?: string[];
  @Field(() => String, { nullable: true }) organisation?: string;
}

@ArgsType()
export class ResourcesArgs {
  @Field(() => ResourceFilterInput, { nullable: true }) filter?: ResourceFilterInput;
  @Field(() => Int, { nullable: true, defaultValue: 1 }) page!: number;
  @Field(() => Int, { nullable: true, defaultValue: 20 }) pageSize!: number;
}

@ArgsType()
export class PossibleDuplicatesArgs {
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'The resource being edited, never its own duplicate.' })
  excludeSlug?: string | null;
}
