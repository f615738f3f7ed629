import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@culture-commune/shared';
import { OrganisationObject } from '../../organisations/dto/organisation.objects';
import { RoleEnum } from './account.objects';

@ObjectType('MemberAccount', { description: 'A member as admins see them.' })
export class MemberAccountObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => OrganisationObject, { nullable: true }) organisation!: OrganisationObject | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastSignInAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Set while deactivated: signed out, refused at sign-in, out of the directory and of mails.',
  })
  deactivatedAt!: Date | null;
}

@ObjectType('PendingInvitation', { description: 'An invitation neither accepted nor revoked, as admins see it.' })
export class PendingInvitationObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => OrganisationObject) organisation!: OrganisationObject;
  @Field(() => String, { nullable: true, description: 'Name of the member who invited, if still known.' })
  invitedBy!: string | null;
  @Field(() => GraphQLISODateTime, { description: 'When the last mail was sent (creation or resend).' }) sentAt!: Date;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field({ description: 'The link has expired: resending gives a new one.' }) expired!: boolean;
}

@ObjectType('AuditEntry')
export class AuditEntryObject {
  @Field(() => ID) id!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true, description: 'Name of the member who acted, if any.' }) actor!: string | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field({ description: 'Details as JSON text.' }) details!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

export const AUDIT_LIMIT_MAX = 500;
