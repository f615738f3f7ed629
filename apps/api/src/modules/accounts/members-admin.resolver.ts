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
