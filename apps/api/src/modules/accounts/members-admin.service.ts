import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ROLES, Role } from '@culture-commune/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError, requireActor } from '../../common/auth/require-actor';
import { isAdmin } from '../../common/auth/roles';
import { InvalidInputError, NotFoundError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { accountsPolicy } from './accounts.policy';
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
    const rows: (Omit<MemberAccountObject, 'organisation'> & { organisation: MemberAccountObject['organisation'] })[] =
      await this.dataSource.query(
        `SELECT m.id, m.slug, m.name, m.email, m.role, m.last_sign_in_at AS "lastSignInAt",
              CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
                'city', o.city, 'description', o.description) END AS organisation
         FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id ORDER BY m.name`,
      );
    return rows;
  }

  async changeRole(actor: Actor | null, memberSlug: string, role: Role): Promise<MemberAccountObject> {
    const current = this.authorise(actor);
    if (!ROLES.includes(role)) throw InvalidInputError.of('role', 'oneOf', { allowed: ROLES.join(', ') });
    await this.dataSource.transaction(async (manager) => {
      const [member]: { id: string; role: Role }[] = await manager.query(
        `SELECT id, role FROM members WHERE slug = $1 FOR UPDATE`,
        [memberSlug],
      );
      if (!member) throw new NotFoundError('person', memberSlug);
      if (member.id === current.id && !isAdmin({ role })) throw new ForbiddenError('forbidden.ownAdminRole');
      await manager.query(`UPDATE members SET role = $2 WHERE id = $1`, [member.id, role]);
      await this.audit.record('role.changed', current.id, memberSlug, { from: member.role, to: role }, manager);
    });
    return (await this.members(actor)).find((member) => member.slug === memberSlug)!;
  }

  async auditLog(actor: Actor | null, limit: number): Promise<AuditEntryObject[]> {
    this.authorise(actor);
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LIMIT_MAX)
      throw InvalidInputError.of('limit', 'range', { min: 1, max: AUDIT_LIMIT_MAX });
    return this.dataSource.query(
      `SELECT a.id, a.action, m.name AS actor, a.subject, a.details::text AS details, a.created_at AS "createdAt"
         FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id ORDER BY a.id DESC LIMIT $1`,
      [limit],
    );
  }
}
