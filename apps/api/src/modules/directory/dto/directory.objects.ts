import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DIRECTORY_VISIBILITIES, ORGANISATION_KINDS, type OrganisationKind } from '@culture-commune/shared';
import { MemberObject } from '../../organisations/dto/organisation.objects';
import { ResourceLinkObject } from '../../notifications/dto/notification.objects';
import { FacetValueObject } from '../../search/dto/search-result.object';
import { AudienceObject, ThemeObject } from '../../taxonomy/dto/taxonomy.objects';
import { KnowledgeEvidenceObject } from './who-knows.objects';

const KIND_DESCRIPTION = `One of: ${ORGANISATION_KINDS.join(', ')}.`;

export const DirectoryVisibilityEnum = Object.fromEntries(DIRECTORY_VISIBILITIES.map((value) => [value, value]));
registerEnumType(DirectoryVisibilityEnum, {
  name: 'DirectoryVisibility',
  description: 'Who sees a person in the directory: members only, or visitors too.',
});

export enum DirectoryEntryType {
  ORGANISATION = 'organisation',
  PERSON = 'person',
}
registerEnumType(DirectoryEntryType, { name: 'DirectoryEntryType' });

@ObjectType('DirectoryOrganisation', { description: 'An organisation with everything the directory says about it.' })
export class DirectoryOrganisationObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { description: KIND_DESCRIPTION }) kind!: OrganisationKind;
  @Field(() => String, { nullable: true, description: 'The wording of a kind « autre ».' }) kindDetail!: string | null;
  @Field(() => String, { nullable: true, description: 'The commune.' }) city!: string | null;
  @Field(() => String, { nullable: true }) neighbourhood!: string | null;
  @Field({ description: 'Works in a quartier prioritaire de la politique de la ville.' })
  priorityNeighbourhood!: boolean;
  @Field(() => [AudienceObject]) audiences!: AudienceObject[];
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) publicContact!: string | null;
  @Field(() => String, { nullable: true, description: 'Its logo (a WebP, cached for good), when an admin sent one.' })
  logoUrl!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set: hidden from everyone but admins.' })
  archivedAt!: Date | null;
  @Field(() => Int, { description: 'Members the viewer may see.' }) memberCount!: number;
}

@InputType('OrganisationInput')
export class OrganisationInput {
  @Field() name!: string;
  @Field(() => String, { description: KIND_DESCRIPTION }) kind!: OrganisationKind;
  @Field(() => String, { nullable: true }) kindDetail?: string | null;
  @Field(() => String, { nullable: true, description: 'The commune.' }) city?: string | null;
  @Field(() => String, { nullable: true }) neighbourhood?: string | null;
  @Field({ defaultValue: false }) priorityNeighbourhood!: boolean;
  @Field(() => [String], { defaultValue: [] }) audienceSlugs!: string[];
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) publicContact?: string | null;
}

@InputType('DirectorySearchInput')
export class DirectorySearchInput {
  @Field({ defaultValue: '' }) q!: string;
  @Field(() => [DirectoryEntryType], { defaultValue: [] }) types!: DirectoryEntryType[];
  @Field(() => [String], { defaultValue: [], description: KIND_DESCRIPTION }) kinds!: string[];
  @Field(() => [String], { defaultValue: [], description: 'Communes.' }) cities!: string[];
  @Field(() => Boolean, { nullable: true, description: 'true: only organisations (and their people) in a QPV.' })
  priorityNeighbourhood?: boolean | null;
  @Field(() => [String], { defaultValue: [], description: 'Expertise theme slugs.' }) themes!: string[];
  @Field(() => [String], { defaultValue: [], description: 'Audience slugs.' }) audiences!: string[];
  @Field(() => Int, { defaultValue: 1 }) page!: number;
}

@ObjectType('DirectoryHit', { description: 'An organisation or a person found in the directory.' })
export class DirectoryHitObject {
  @Field(() => DirectoryEntryType) type!: DirectoryEntryType;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'A person’s function.' }) function!: string | null;
  @Field(() => String, { nullable: true, description: 'A person’s organisation.' }) organisationSlug!: string | null;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
  @Field(() => String, { nullable: true, description: KIND_DESCRIPTION }) kind!: OrganisationKind | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field() priorityNeighbourhood!: boolean;
  @Field(() => [String], { description: 'Expertise theme labels.' }) themeLabels!: string[];
  @Field({ description: 'An archived organisation (admins only see them).' }) archived!: boolean;
  @Field(() => String, { nullable: true, description: 'An organisation’s logo (null for people).' })
  logoUrl!: string | null;
  @Field(() => KnowledgeEvidenceObject, {
    nullable: true,
    description: 'When the search named a theme or a tool (« qui connaît … ? »): why this person is listed.',
  })
  evidence!: KnowledgeEvidenceObject | null;
}

@ObjectType('DirectoryFacets')
export class DirectoryFacetsObject {
  @Field(() => [FacetValueObject]) types!: FacetValueObject[];
  @Field(() => [FacetValueObject]) kinds!: FacetValueObject[];
  @Field(() => [FacetValueObject]) cities!: FacetValueObject[];
  @Field(() => [FacetValueObject], { description: 'value "true": in a QPV.' })
  priorityNeighbourhood!: FacetValueObject[];
  @Field(() => [FacetValueObject]) themes!: FacetValueObject[];
  @Field(() => [FacetValueObject]) audiences!: FacetValueObject[];
}

@ObjectType('DirectoryResults')
export class DirectoryResultsObject {
  @Field(() => Int) total!: number;
  @Field(() => Int) page!: number;
  @Field(() => Int) pageSize!: number;
  @Field(() => [DirectoryHitObject]) hits!: DirectoryHitObject[];
  @Field(() => DirectoryFacetsObject) facets!: DirectoryFacetsObject;
  @Field(() => [ThemeObject], {
    description: 'The themes the search named (« qui connaît les jeux vidéo ? »): people are ranked by what they did.',
  })
  askedThemes!: ThemeObject[];
}

@ObjectType('OrganisationDebrief', { description: 'A workshop a member of the organisation debriefed.' })
export class OrganisationDebriefObject {
  @Field(() => ID) id!: string;
  @Field(() => ResourceLinkObject, { description: 'The tool tested.' }) resource!: ResourceLinkObject;
  @Field(() => MemberObject, { nullable: true, description: 'Null when the viewer may not see the author.' })
  author!: MemberObject | null;
  @Field() workshopDate!: string;
  @Field(() => Int) participants!: number;
}

@ObjectType('OrganisationEvent')
export class OrganisationEventObject {
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
}

@ObjectType('OrganisationPage')
export class OrganisationPageObject {
  @Field(() => DirectoryOrganisationObject) organisation!: DirectoryOrganisationObject;
  @Field(() => [MemberObject], { description: 'The members the viewer may see, by name.' }) members!: MemberObject[];
  @Field(() => [ResourceLinkObject], { description: 'Resources it shared that the viewer may see, newest first.' })
  resources!: ResourceLinkObject[];
  @Field(() => [OrganisationDebriefObject], { description: 'Its members’ latest debriefs (20 at most).' })
  debriefs!: OrganisationDebriefObject[];
  @Field(() => Int, { description: 'Participants reached in all its members’ debriefs the viewer may see.' })
  participantsReached!: number;
  @Field(() => [OrganisationEventObject], { description: 'Events it organised, latest first.' })
  events!: OrganisationEventObject[];
}
