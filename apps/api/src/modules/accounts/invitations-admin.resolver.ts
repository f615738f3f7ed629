import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { PendingInvitationObject } from './dto/admin.objects';
import { InvitationsAdminService } from './invitations-admin.service';

@Resolver(() => PendingInvitationObject)
export class InvitationsAdminResolver {
  constructor(private readonly service: InvitationsAdminService) {}

  @Query(() => [PendingInvitationObject], { description: 'Admins only: invitations neither accepted nor revoked.' })
  pendingInvitations(@CurrentActor() actor: Actor | null): Promise<PendingInvitationObject[]> {
    return this.service.pending(actor);
  }

  @Mutation(() => PendingInvitationObject, {
    description: 'Admins only: mails a new link (the old one stops working) with a new expiry; audited.',
  })
  resendInvitation(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<PendingInvitationObject> {
    return this.service.resend(actor, id);
  }

  @Mutation(() => ID, { description: 'Admins only: the link stops working; answers the id; audited.' })
  revokeInvitation(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: Actor | null): Promise<string> {
    return this.service.revoke(actor, id);
  }
}
