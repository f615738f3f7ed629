import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Role } from '@culture-commune/shared';
import { PersonDirectoryInput } from '../../directory/dto/person-directory.objects';
import { OrganisationObject } from '../../organisations/dto/organisation.objects';
import { ThemeObject } from '../../taxonomy/dto/taxonomy.objects';

export const RoleEnum: { [K in Role]: K } = { member: 'member', coordinator: 'coordinator', admin: 'admin' };
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('Viewer', { description: 'The signed-in person.' })
export class ViewerObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => OrganisationObject, { nullable: true }) organisation!: OrganisationObject | null;
  @Field(() => [ThemeObject]) expertise!: ThemeObject[];
  @Field({ description: 'Receives the weekly digest mail.' }) digestEnabled!: boolean;
}

@ObjectType('Invitation')
export class InvitationObject {
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => OrganisationObject) organisation!: OrganisationObject;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
}

export enum InvitationStatus {
  VALID = 'valid',
  REVOKED = 'revoked',
  INVALID = 'invalid',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'What an invitation link is worth: valid, revoked by an admin, or invalid (used, expired, replaced).',
});

@ObjectType('DevMail', { description: 'A mail kept by the development mailbox instead of being sent.' })
export class DevMailObject {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true, description: 'Where answers go, when not to the platform.' })
  replyTo!: string | null;
  @Field(() => GraphQLISODateTime) sentAt!: Date;
}

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field() email!: string;
  @Field() name!: string;
  @Field() organisationSlug!: string;
  @Field(() => RoleEnum) role!: Role;
}

@InputType('ProfileInput')
export class ProfileInput {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) organisationSlug?: string | null;
  @Field(() => [String]) expertiseThemeSlugs!: string[];
  @Field(() => PersonDirectoryInput, { nullable: true, description: 'The directory fields; left out: unchanged.' })
  directory?: PersonDirectoryInput | null;
}

@InputType('WelcomeInput', { description: 'The welcome step after accepting an invitation; every field optional.' })
export class WelcomeInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) organisationSlug?: string | null;
  @Field(() => [String]) expertiseThemeSlugs!: string[];
  @Field(() => [String], { description: 'Themes to follow in « Quoi de neuf » and the digest.' })
  followThemeSlugs!: string[];
}
