import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { ContactMemberInput } from './dto/contact-member.input';
import { MemberContactService } from './member-contact.service';

@Resolver()
export class MemberContactResolver {
  constructor(private readonly service: MemberContactService) {}

  @Mutation(() => Boolean, {
    description:
      '« Contacter »: mails a person who accepts messages (members only; 5 an hour, 20 a day); their address stays hidden.',
  })
  contactMember(@Args('input') input: ContactMemberInput, @CurrentActor() actor: Actor | null): Promise<boolean> {
    return this.service.contact(actor, input);
  }
}
