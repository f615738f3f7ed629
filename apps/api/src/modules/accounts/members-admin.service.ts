import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, Role } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { isAdmin } from '../../common/auth/roles';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { MemberEntity } from '../organisations/member.entity';
import { accountsPolicy } from './accounts.policy';
import { findAuditEntries, findMemberAccounts } from './account-rows';
import { AUDIT_LIMIT_MAX, AuditEntryObject, MemberAccountObject } from './dto/admin.objects';

/** Admin-only: the members list, role changes and the audit log. */
@Injectable()
export class MembersAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private authorise(actor: Actor | null): Actor {
    const current = requireActor(actor);
    if (!accountsPolicy.canManageMembers(current)) throw new ForbiddenError('forbidden.adminOnly');
    return current;
  }

  async members(actor: Actor | null): Promise<MemberAccountObject[]> {
    this.authorise(actor);
    return findMemberAccounts(this.dataSource.manager);
  }

  async changeRole(actor: Actor | null, memberSlug: string, role: Role): Promise<MemberAccountObject> {
    const current = this.authorise(actor);
    if (!ROLES.includes(role)) throw InvalidInputError.of('role', 'oneOf', { allowed: ROLES.join(', ') });
    await this.dataSource.transaction(async (manager) => {
      const member = await manager.findOne(MemberEntity, {
        where: { slug: memberSlug },
        lock: { mode: 'pessimistic_write' },
      });
      if (!member) throw new NotFoundError('person', memberSlug);
      if (member.id === current.id && !isAdmin({ role })) throw new ForbiddenError('forbidden.ownAdminRole');
      await manager.update(MemberEntity, { id: member.id }, { role });
      await this.audit.record('role.changed', current.id, memberSlug, { from: member.role, to: role }, manager);
    });
    return (await this.members(actor)).find((member) => member.slug === memberSlug)!;
  }

  async auditLog(actor: Actor | null, limit: number): Promise<AuditEntryObject[]> {
    this.authorise(actor);
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LIMIT_MAX)
      throw InvalidInputError.of('limit', 'range', { min: 1, max: AUDIT_LIMIT_MAX });
    return findAuditEntries(this.dataSource.manager, limit);
  }
}
