import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberObject, OrganisationObject } from '../../organisations/dto/organisation.objects';
import { ResourceLinkObject } from '../../notifications/dto/notification.objects';
import { ReadingListSummaryObject } from '../../reading-lists/dto/reading-list.objects';

export enum EventKind {
  RENCONTRE_RESEAU = 'rencontre-reseau',
  FORMATION = 'formation',
  ATELIER = 'atelier',
  SOIREE_DEBAT = 'soiree-debat',
  EVENEMENT = 'evenement',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'Rencontre du réseau, formation, atelier, soirée-débat, journée événement.',
});

export enum RsvpAnswer {
  YES = 'yes',
  NO = 'no',
  MAYBE = 'maybe',
}
registerEnumType(RsvpAnswer, { name: 'RsvpAnswer' });

export enum EventPeriod {
  UPCOMING = 'upcoming',
  PAST = 'past',
}
registerEnumType(EventPeriod, { name: 'EventPeriod' });

export enum EventVisibility {
  PUBLIC = 'public',
  NETWORK = 'network',
}
registerEnumType(EventVisibility, { name: 'EventVisibility' });

@ObjectType('RsvpCounts')
export class RsvpCountsObject {
  @Field(() => Int) yes!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int) maybe!: number;
}

@ObjectType('EventParticipant')
export class EventParticipantObject {
  @Field(() => MemberObject) member!: MemberObject;
  @Field(() => RsvpAnswer) answer!: RsvpAnswer;
}

@ObjectType('Event')
export class EventObject {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field({ description: 'IANA time zone the times are shown in, e.g. Europe/Paris.' }) timeZone!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field() description!: string;
  @Field() agenda!: string;
  @Field(() => EventVisibility) visibility!: EventVisibility;
  @Field(() => [OrganisationObject]) organisers!: OrganisationObject[];
  @Field(() => [ReadingListSummaryObject], { description: 'Attached reading lists the viewer may see.' })
  readingLists!: ReadingListSummaryObject[];
  @Field(() => RsvpCountsObject) rsvpCounts!: RsvpCountsObject;
  @Field(() => [EventParticipantObject], { description: 'Members only; empty for visitors.' })
  participants!: EventParticipantObject[];
  @Field(() => RsvpAnswer, { nullable: true }) viewerRsvp!: RsvpAnswer | null;
  @Field({ description: 'Minutes as sanitised HTML (links to resources allowed).' }) minutesHtml!: string;
  @Field({ description: 'Minutes source, for editors; empty for others.' }) minutesMarkdown!: string;
  @Field(() => [ResourceLinkObject], { description: 'Resources the minutes link to (the viewer may see).' })
  discussedResources!: ResourceLinkObject[];
  @Field() viewerCanEdit!: boolean;
  @Field({ description: 'Path of the event’s ICS file.' }) icsPath!: string;
}

@ObjectType('EventLink')
export class EventLinkObject {
  @Field() slug!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field({ description: 'IANA time zone the event’s times are shown in.' }) timeZone!: string;
}

@InputType()
export class EventInput {
  @Field(() => EventKind) kind!: EventKind;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => GraphQLISODateTime) endsAt!: Date;
  @Field({ defaultValue: 'Europe/Paris' }) timeZone!: string;
  @Field(() => String, { nullable: true }) place?: string | null;
  @Field({ defaultValue: '' }) description!: string;
  @Field({ defaultValue: '' }) agenda!: string;
  @Field(() => EventVisibility, { defaultValue: EventVisibility.NETWORK }) visibility!: EventVisibility;
  @Field(() => [String], { defaultValue: [] }) organiserSlugs!: string[];
}
