import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, Role } from '@culture-commune/shared';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { isAdmin } from '../../common/auth/roles';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectoryService } from '../directory/people-directory.service';
import { MemberEntity } from '../organisations/member.entity';
import { accountsPolicy } from './accounts.policy';
import { cancelPendingResets, findAuditEntries, findMemberAccounts } from './account-rows';
import { AUDIT_LIMIT_MAX, AuditEntryObject, MemberAccountObject } from './dto/admin.objects';
import { lockAdmins } from './members-admin-rows';
import { SessionsService } from './sessions.service';

/** Admin-only: the members list, role changes, deactivation and the audit log. */
@Injectable()
export class MembersAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly people: PeopleDirectoryService,
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
    return this.account(memberSlug);
  }

  /**
   * Deactivates a member, in one transaction: their sessions end (the next request with their cookie is a visitor's),
   * their reset links die, their directory document is removed through the outbox; sign-in, the directory and every
   * mail then leave them out (account-rows.ts, directory.policy.ts, digest and notification rows). Their rows, and
   * so their contributions under their name, stay. Not oneself, nor the last active admin. Idempotent.
   */
  async deactivate(actor: Actor | null, memberSlug: string): Promise<MemberAccountObject> {
    const current = this.authorise(actor);
    await this.dataSource.transaction(async (manager) => {
      // Admins first, then the member, always in this order (no deadlock between two admins acting at once).
      const admins = await lockAdmins(manager);
      const member = await this.lockMember(manager, memberSlug);
      if (member.id === current.id) throw new ForbiddenError('forbidden.ownDeactivation');
      if (member.deactivatedAt) return;
      if (isAdmin(member) && !admins.some((admin) => admin.active && admin.id !== member.id))
        throw new ForbiddenError('forbidden.lastAdmin');
      await manager.update(
        MemberEntity,
        { id: member.id },
        { deactivatedAt: () => 'now()', deactivatedById: current.id },
      );
      await this.sessions.revokeAll(member.id, manager);
      await cancelPendingResets(manager, member.id);
      await this.people.changed(manager, member.id, [member.organisation?.id]);
      await this.audit.record('member.deactivated', current.id, memberSlug, {}, manager);
    });
    return this.account(memberSlug);
  }

  /** Gives a deactivated member their access, directory entry and mails back. Idempotent. */
  async reactivate(actor: Actor | null, memberSlug: string): Promise<MemberAccountObject> {
    const current = this.authorise(actor);
    await this.dataSource.transaction(async (manager) => {
      const member = await this.lockMember(manager, memberSlug);
      if (!member.deactivatedAt) return;
      await manager.update(MemberEntity, { id: member.id }, { deactivatedAt: null, deactivatedById: null });
      await this.people.changed(manager, member.id, [member.organisation?.id]);
      await this.audit.record('member.reactivated', current.id, memberSlug, {}, manager);
    });
    return this.account(memberSlug);
  }

  private async lockMember(manager: EntityManager, slug: string): Promise<MemberEntity> {
    const member = await manager.findOne(MemberEntity, {
      where: { slug },
      relations: { organisation: true },
      lock: { mode: 'pessimistic_write', tables: ['members'] },
    });
    if (!member) throw new NotFoundError('person', slug);
    return member;
  }

  private async account(slug: string): Promise<MemberAccountObject> {
    return (await findMemberAccounts(this.dataSource.manager)).find((member) => member.slug === slug)!;
  }

  async auditLog(actor: Actor | null, limit: number): Promise<AuditEntryObject[]> {
    this.authorise(actor);
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LIMIT_MAX)
      throw InvalidInputError.of('limit', 'range', { min: 1, max: AUDIT_LIMIT_MAX });
    return findAuditEntries(this.dataSource.manager, limit);
  }
}
