import { Field, InputType, ObjectType } from '@nestjs/graphql';
import type { DirectoryVisibility } from '@culture-commune/shared';
import { AudienceObject, ThemeObject } from '../../taxonomy/dto/taxonomy.objects';
import { DirectoryVisibilityEnum } from './directory.objects';
import { ThemeKnowledgeObject } from './who-knows.objects';

@ObjectType('PersonDirectory', { description: 'What the directory says about a person, beyond name and function.' })
export class PersonDirectoryObject {
  @Field(() => [AudienceObject]) audiences!: AudienceObject[];
  @Field(() => [String], { description: 'ISO 639-1 codes (lsf: French sign language).' }) languages!: string[];
  @Field(() => [ThemeObject], { description: '« Accepte d’être contacté·e sur ».' }) contactThemes!: ThemeObject[];
  @Field(() => DirectoryVisibilityEnum) directoryVisibility!: DirectoryVisibility;
  @Field({ description: '« Contacter » reaches them (they did not refuse messages through the platform).' })
  acceptsMessages!: boolean;
  @Field({ description: 'The viewer may write to them through « Contacter » (members only, not oneself).' })
  viewerCanContact!: boolean;
  @Field(() => [ThemeKnowledgeObject], {
    description: 'The themes they know, with why (declared expertise, debriefs, resources, lists), strongest first.',
  })
  themeKnowledge!: ThemeKnowledgeObject[];
}

@InputType('PersonDirectoryInput', { description: 'Left out: unchanged.' })
export class PersonDirectoryInput {
  @Field(() => [String], { nullable: true }) audienceSlugs?: string[] | null;
  @Field(() => [String], { nullable: true }) languages?: string[] | null;
  @Field(() => [String], { nullable: true }) contactThemeSlugs?: string[] | null;
  @Field(() => DirectoryVisibilityEnum, { nullable: true }) directoryVisibility?: DirectoryVisibility | null;
  @Field(() => Boolean, { nullable: true }) acceptsMessages?: boolean | null;
}
