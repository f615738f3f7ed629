import { Field, InputType } from '@nestjs/graphql';

@InputType('ContactMemberInput', { description: '« Contacter »: a message sent by mail, the sender in Reply-To.' })
export class ContactMemberInput {
  @Field({ description: 'The person written to (`/membres/<slug>`).' }) memberSlug!: string;
  @Field(() => String, { nullable: true, description: 'Optional; « Message de <sender> » when left out.' })
  subject?: string | null;
  @Field() message!: string;
}
