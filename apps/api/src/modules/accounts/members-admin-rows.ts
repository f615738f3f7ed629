import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import type { PendingInvitationObject } from './dto/admin.objects';

/**
 * Invitations neither accepted nor revoked, whose address has no account yet, newest sent first; expired ones too
 * (`expired`), since an admin may want to resend them.
 */
export function findPendingInvitations(manager: EntityManager): Promise<PendingInvitationObject[]> {
  return queryRows<PendingInvitationObject>(
    manager,
    `SELECT i.id, i.email, i.name, i.role, i.sent_at AS "sentAt", i.expires_at AS "expiresAt",
            i.expires_at <= now() AS expired, inviter.name AS "invitedBy",
            json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'city', o.city,
                              'description', o.description) AS organisation
     FROM invitations i JOIN organisations o ON o.id = i.organisation_id
     LEFT JOIN members inviter ON inviter.id = i.invited_by
     WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM members m WHERE lower(m.email) = lower(i.email))
     ORDER BY i.sent_at DESC, i.id`,
  );
}

export interface ResentInvitationRow {
  email: string;
  name: string;
  organisation_name: string;
}

/**
 * Gives a pending invitation a new token and a new expiry `days` from now: the old link stops working at once, as
 * its hash is no longer stored. Null when the invitation is unknown, accepted or revoked.
 */
export async function renewInvitation(
  manager: EntityManager,
  id: string,
  tokenHash: string,
  days: number,
): Promise<ResentInvitationRow | null> {
  const [row] = await queryRows<ResentInvitationRow>(
    manager,
    `UPDATE invitations i SET token_hash = $2, sent_at = now(), expires_at = now() + $3 * interval '1 day'
     FROM organisations o
     WHERE i.id = $1 AND o.id = i.organisation_id AND i.accepted_at IS NULL AND i.revoked_at IS NULL
     RETURNING i.email, i.name, o.name AS organisation_name`,
    [id, tokenHash, days],
  );
  return row ?? null;
}

/** Revokes a pending invitation, once: answers its address, or null when unknown, accepted or revoked already. */
export async function revokePendingInvitation(
  manager: EntityManager,
  id: string,
  revokedBy: string,
): Promise<string | null> {
  const [row] = await queryRows<{ email: string }>(
    manager,
    `UPDATE invitations SET revoked_at = now(), revoked_by = $2
     WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING email`,
    [id, revokedBy],
  );
  return row?.email ?? null;
}

/** Whether a link's token belongs to an invitation that was revoked (its page then says so). */
export async function isRevokedInvitation(manager: EntityManager, tokenHash: string): Promise<boolean> {
  const [row] = await queryRows<{ revoked: boolean }>(
    manager,
    `SELECT revoked_at IS NOT NULL AS revoked FROM invitations WHERE token_hash = $1`,
    [tokenHash],
  );
  return row?.revoked ?? false;
}

/**
 * Locks every admin's row for the rest of the transaction, in id order, and answers which are active: two admins
 * deactivating each other at once are serialised, and the second finds no other active admin left.
 */
export function lockAdmins(manager: EntityManager): Promise<{ id: string; active: boolean }[]> {
  return queryRows<{ id: string; active: boolean }>(
    manager,
    `SELECT id, deactivated_at IS NULL AS active FROM members WHERE role = 'admin' ORDER BY id FOR UPDATE`,
  );
}
