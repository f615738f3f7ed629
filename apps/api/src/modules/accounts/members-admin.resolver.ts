import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@culture-commune/shared';
import { CurrentActor, type Actor } from '../../common/auth/actor';
import { RoleEnum } from './dto/account.objects';
import { AuditEntryObject, MemberAccountObject } from './dto/admin.objects';
import { MembersAdminService } from './members-admin.service';

@Resolver(() => MemberAccountObject)
export class MembersAdminResolver {
  constructor(private readonly service: MembersAdminService) {}

  @Query(() => [MemberAccountObject], { description: 'Admins only.' })
  memberAccounts(@CurrentActor() actor: Actor | null): Promise<MemberAccountObject[]> {
    return this.service.members(actor);
  }

  @Mutation(() => MemberAccountObject, { description: 'Admins only; recorded in the audit log.' })
  changeRole(
    @Args('memberSlug') memberSlug: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @CurrentActor() actor: Actor | null,
  ): Promise<MemberAccountObject> {
    return this.service.changeRole(actor, memberSlug, role);
  }

  @Mutation(() => MemberAccountObject, {
    description:
      'Admins only: signs the member out, refuses their sign-in, hides them from the directory and stops their mails; their contributions stay. Not oneself nor the last admin; audited.',
  })
  deactivateMember(
    @Args('memberSlug') memberSlug: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<MemberAccountObject> {
    return this.service.deactivate(actor, memberSlug);
  }

  @Mutation(() => MemberAccountObject, { description: 'Admins only: undoes deactivateMember; audited.' })
  reactivateMember(
    @Args('memberSlug') memberSlug: string,
    @CurrentActor() actor: Actor | null,
  ): Promise<MemberAccountObject> {
    return this.service.reactivate(actor, memberSlug);
  }

  @Query(() => [AuditEntryObject], {
    description: 'Admins only: role changes, invitations, deletions, sign-in failures…',
  })
  auditLog(
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 100 }) limit: number,
    @CurrentActor() actor: Actor | null,
  ) {
    return this.service.auditLog(actor, limit);
  }
}
