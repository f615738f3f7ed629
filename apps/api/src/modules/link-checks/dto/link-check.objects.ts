import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MemberObject } from '../../organisations/dto/organisation.objects';
import { ResourceLinkObject } from '../../notifications/dto/notification.objects';

export enum LinkDeadReason {
  HTTP_STATUS = 'http_status',
  TIMEOUT = 'timeout',
  UNREACHABLE = 'unreachable',
  PRIVATE_ADDRESS = 'private_address',
  TOO_MANY_REDIRECTS = 'too_many_redirects',
  INVALID_URL = 'invalid_url',
}
registerEnumType(LinkDeadReason, {
  name: 'LinkDeadReason',
  description: 'Why the last check found the link dead.',
});

@ObjectType('LinkStatus', { description: 'What the weekly check last found at the resource’s address.' })
export class LinkStatusObject {
  @Field({ description: 'Dead for two checks in a row (or more): shown on the page, listed for curators.' })
  broken!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The check that found it broken.' })
  brokenSince!: Date | null;
  @Field(() => GraphQLISODateTime) checkedAt!: Date;
  @Field({ description: 'Whether the last check got an answer.' }) ok!: boolean;
  @Field(() => LinkDeadReason, { nullable: true }) reason!: LinkDeadReason | null;
  @Field(() => Int, { nullable: true, description: 'The HTTP status last answered, if any.' })
  httpStatus!: number | null;
}

@ObjectType('BrokenLink')
export class BrokenLinkObject {
  @Field(() => ResourceLinkObject) resource!: ResourceLinkObject;
  @Field() url!: string;
  @Field(() => LinkStatusObject) status!: LinkStatusObject;
  @Field(() => MemberObject, { nullable: true }) contributor!: MemberObject | null;
}

@ObjectType('BrokenLinkPage')
export class BrokenLinkPageObject {
  @Field(() => [BrokenLinkObject]) items!: BrokenLinkObject[];
  @Field({ description: 'More exist: ask again with `after` = endCursor.' }) hasMore!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}
