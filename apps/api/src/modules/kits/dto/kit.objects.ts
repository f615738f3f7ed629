import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResourceLinkObject } from '../../notifications/dto/notification.objects';
import { MemberObject } from '../../organisations/dto/organisation.objects';

export enum KitLoanStatus {
  REQUESTED = 'requested',
  ACCEPTED = 'accepted',
  REFUSED = 'refused',
  CANCELLED = 'cancelled',
  HANDED_OVER = 'handed_over',
  RETURNED = 'returned',
}
registerEnumType(KitLoanStatus, {
  name: 'KitLoanStatus',
  description: 'Demandé, accepté, refusé, annulé, remis (en cours), rendu.',
});

@ObjectType('KitItem')
export class KitItemObject {
  @Field() label!: string;
  @Field(() => Int) quantity!: number;
}

@ObjectType('KitOrganisation')
export class KitOrganisationObject {
  @Field() slug!: string;
  @Field() name!: string;
}

@ObjectType('KitBusyPeriod', { description: 'Days a kit is held by a loan (first and last included).' })
export class KitBusyPeriodObject {
  @Field({ description: 'YYYY-MM-DD' }) firstDay!: string;
  @Field({ description: 'YYYY-MM-DD' }) lastDay!: string;
  @Field(() => KitLoanStatus) status!: KitLoanStatus;
}

@ObjectType('KitDebrief', { description: 'A workshop run with a tool the kit serves.' })
export class KitDebriefObject {
  @Field(() => ID) id!: string;
  @Field(() => ResourceLinkObject) resource!: ResourceLinkObject;
  @Field() workshopDate!: string;
  @Field() context!: string;
  @Field(() => Int) participants!: number;
  @Field(() => Int) rating!: number;
}

@ObjectType('KitReturnCheckLine')
export class KitReturnCheckLineObject {
  @Field() label!: string;
  @Field(() => Int) missing!: number;
  @Field(() => Int) broken!: number;
  @Field() note!: string;
}

@ObjectType('KitLoanKit')
export class KitLoanKitObject {
  @Field() slug!: string;
  @Field() name!: string;
}

@ObjectType('KitLoanEvent')
export class KitLoanEventObject {
  @Field() slug!: string;
  @Field() title!: string;
}

@ObjectType('KitLoan')
export class KitLoanObject {
  @Field(() => ID) id!: string;
  @Field(() => KitLoanKitObject) kit!: KitLoanKitObject;
  @Field(() => MemberObject, { nullable: true }) requester!: MemberObject | null;
  @Field(() => KitOrganisationObject, { nullable: true, description: 'The borrower’s organisation when asking.' })
  organisation!: KitOrganisationObject | null;
  @Field(() => KitLoanEventObject, { nullable: true }) event!: KitLoanEventObject | null;
  @Field() purpose!: string;
  @Field({ description: 'YYYY-MM-DD, first day (pick-up).' }) firstDay!: string;
  @Field({ description: 'YYYY-MM-DD, last day (return).' }) lastDay!: string;
  @Field({ description: '« 3 au 7 mars 2027 ».' }) periodLabel!: string;
  @Field(() => KitLoanStatus) status!: KitLoanStatus;
  @Field(() => String, { nullable: true }) refusedReason!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) handedOverAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) returnedAt!: Date | null;
  @Field(() => [KitReturnCheckLineObject]) returnCheck!: KitReturnCheckLineObject[];
  @Field() returnNotes!: string;
  @Field({ description: 'The viewer handles this kit’s loans (accept, refuse, hand over, take back).' })
  viewerCanHandle!: boolean;
  @Field({ description: 'The viewer may cancel it (the borrower or a handler, while not handed over).' })
  viewerCanCancel!: boolean;
}

@ObjectType('KitPhoto')
export class KitPhotoObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Its WebP, for members who see the kit.' }) url!: string;
  @Field({ description: 'What the photo shows, for those who cannot see it.' }) altText!: string;
}

@ObjectType('Kit')
export class KitObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => KitOrganisationObject) organisation!: KitOrganisationObject;
  /** For the field resolvers (not in the schema). */
  organisationId!: string;
  @Field() description!: string;
  @Field(() => [KitItemObject]) items!: KitItemObject[];
  @Field() conditionNotes!: string;
  @Field() pickupPlace!: string;
  @Field() loanConditions!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  @Field({ description: 'The viewer may edit the kit and handle its loans.' }) viewerCanManage!: boolean;
  @Field(() => [KitBusyPeriodObject], { description: 'Loans holding it in the month asked (or this month).' })
  busy!: KitBusyPeriodObject[];
  @Field(() => [ResourceLinkObject], { description: 'The mediation tools it serves (that the viewer may see).' })
  resources!: ResourceLinkObject[];
  @Field(() => [KitDebriefObject], { description: 'Debriefs of the tools it serves, latest first (20 at most).' })
  debriefs!: KitDebriefObject[];
  @Field(() => [KitLoanObject], { description: 'Its loan history: for those who handle its loans, else empty.' })
  loans!: KitLoanObject[];
  @Field(() => [KitPhotoObject], { description: 'Its photos in order (the first one on its card).' })
  photos!: KitPhotoObject[];
}

@ObjectType('KitCalendarLoan', { description: 'A loan holding a kit in a calendar’s range.' })
export class KitCalendarLoanObject {
  @Field(() => KitLoanKitObject) kit!: KitLoanKitObject;
  @Field() firstDay!: string;
  @Field() lastDay!: string;
  @Field(() => KitLoanStatus) status!: KitLoanStatus;
  @Field(() => String, { nullable: true }) organisationName!: string | null;
}

@InputType()
export class KitItemInput {
  @Field() label!: string;
  @Field(() => Int) quantity!: number;
}

@InputType()
export class KitInput {
  @Field() name!: string;
  @Field({ description: 'Slug of the owner organisation (members: their own).' }) organisationSlug!: string;
  @Field({ defaultValue: '' }) description!: string;
  @Field(() => [KitItemInput], { defaultValue: [] }) items!: KitItemInput[];
  @Field({ defaultValue: '' }) conditionNotes!: string;
  @Field({ defaultValue: '' }) pickupPlace!: string;
  @Field({ defaultValue: '' }) loanConditions!: string;
  @Field(() => [String], { defaultValue: [] }) resourceSlugs!: string[];
}

@InputType()
export class KitLoanRequestInput {
  @Field() kitSlug!: string;
  @Field({ description: 'YYYY-MM-DD, pick-up day.' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD, return day (included).' }) endsOn!: string;
  @Field() purpose!: string;
  @Field(() => String, { nullable: true }) eventSlug?: string | null;
}

@InputType()
export class KitReturnCheckLineInput {
  @Field() label!: string;
  @Field(() => Int, { defaultValue: 0 }) missing!: number;
  @Field(() => Int, { defaultValue: 0 }) broken!: number;
  @Field({ defaultValue: '' }) note!: string;
}
