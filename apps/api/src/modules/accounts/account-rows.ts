import type { Role } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import type { AuditEntryObject, MemberAccountObject } from './dto/admin.objects';

/** An invitation as its acceptance page and the resolver read it. */
export interface InvitationRow {
  email: string;
  name: string;
  role: Role;
  organisation_id: string;
  expires_at: Date;
}

/** Writes an invitation valid `days` days from the database's now. */
export async function insertInvitation(
  manager: EntityManager,
  invitation: { tokenHash: string; email: string; name: string; role: Role; organisationId: string; invitedBy: string },
  days: number,
): Promise<InvitationRow> {
  const [row] = await queryRows<InvitationRow>(
    manager,
    `INSERT INTO invitations (token_hash, email, name, role, organisation_id, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 day') RETURNING email, name, role, organisation_id, expires_at`,
    [
      invitation.tokenHash,
      invitation.email,
      invitation.name,
      invitation.role,
      invitation.organisationId,
      invitation.invitedBy,
      days,
    ],
  );
  return row;
}

/** The invitation with this token if it is neither accepted nor expired, and no account has its address yet. */
export async function findValidInvitation(manager: EntityManager, tokenHash: string): Promise<InvitationRow | null> {
  const [row] = await queryRows<InvitationRow>(
    manager,
    `SELECT email, name, role, organisation_id, expires_at FROM invitations i
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
       AND NOT EXISTS (SELECT 1 FROM members m WHERE lower(m.email) = lower(i.email))`,
    [tokenHash],
  );
  return row ?? null;
}

/** Marks a valid invitation accepted, once: null when it is unknown, accepted already, revoked or expired. */
export async function acceptValidInvitation(
  manager: EntityManager,
  tokenHash: string,
): Promise<(InvitationRow & { id: string }) | null> {
  const [row] = await queryRows<InvitationRow & { id: string }>(
    manager,
    `UPDATE invitations SET accepted_at = now()
     WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         RETURNING id, email, name, role, organisation_id, expires_at`,
    [tokenHash],
  );
  return row ?? null;
}

/** Spends the other pending invitations to an address once one of them is accepted. */
export async function expireOtherInvitations(manager: EntityManager, email: string, keptId: string): Promise<void> {
  await manager.query(
    `UPDATE invitations SET expires_at = now() WHERE lower(email) = lower($1) AND accepted_at IS NULL AND id <> $2`,
    [email, keptId],
  );
}

/** Cancels every reset link of a member not used yet (after a reset or a password change). */
export async function cancelPendingResets(manager: EntityManager, memberId: string): Promise<void> {
  await manager.query(`UPDATE password_resets SET used_at = now() WHERE member_id = $1 AND used_at IS NULL`, [
    memberId,
  ]);
}

/** Marks a valid reset link used, once; answers its member's id, or null when it is unknown, used or expired. */
export async function usePasswordReset(manager: EntityManager, tokenHash: string): Promise<string | null> {
  const [row] = await queryRows<{ member_id: string }>(
    manager,
    `UPDATE password_resets SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING member_id`,
    [tokenHash],
  );
  return row?.member_id ?? null;
}

/** The member a session token hash signs in: null when the session is unknown, expired or revoked, or the member deactivated. */
export async function findSessionMember(
  manager: EntityManager,
  sessionHash: string,
): Promise<{ id: string; role: Role; organisation_id: string | null } | null> {
  const [row] = await queryRows<{ id: string; role: Role; organisation_id: string | null }>(
    manager,
    `SELECT m.id, m.role, m.organisation_id FROM sessions s JOIN members m ON m.id = s.member_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.deactivated_at IS NULL`,
    [sessionHash],
  );
  return row ?? null;
}

/** Every member with their organisation, by name, for the admin page. */
export function findMemberAccounts(manager: EntityManager): Promise<MemberAccountObject[]> {
  return queryRows<MemberAccountObject>(
    manager,
    `SELECT m.id, m.slug, m.name, m.email, m.role, m.last_sign_in_at AS "lastSignInAt", m.deactivated_at AS "deactivatedAt",
              CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
                'city', o.city, 'description', o.description) END AS organisation
         FROM members m LEFT JOIN organisations o ON o.id = m.organisation_id ORDER BY m.name`,
  );
}

/** The newest `limit` audit entries, with the name of who did it. */
export function findAuditEntries(manager: EntityManager, limit: number): Promise<AuditEntryObject[]> {
  return queryRows<AuditEntryObject>(
    manager,
    `SELECT a.id, a.action, m.name AS actor, a.subject, a.details::text AS details, a.created_at AS "createdAt"
         FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id ORDER BY a.id DESC LIMIT $1`,
    [limit],
  );
}
