import type { Role } from '@culture-commune/shared';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';

export interface DigestRecipientRow {
  id: string;
  role: Role;
  email: string;
  name: string;
  organisation_id: string | null;
}

/**
 * Active members (not deactivated) who want the digest, follow something or have unread notifications, and have not had this week's yet, by
 * name.
 */
export function findDigestRecipients(manager: EntityManager, week: string): Promise<DigestRecipientRow[]> {
  return queryRows<DigestRecipientRow>(
    manager,
    `SELECT m.id, m.role, m.email, m.name, m.organisation_id FROM members m
       WHERE m.digest_enabled AND m.deactivated_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM digest_deliveries dd WHERE dd.member_id = m.id AND dd.week = $1)
         AND (EXISTS (SELECT 1 FROM follows f WHERE f.member_id = m.id)
              OR EXISTS (SELECT 1 FROM notifications n WHERE n.recipient_id = m.id AND n.read_at IS NULL))
       ORDER BY m.name`,
    [week],
  );
}

/**
 * Claims a member's digest of a week, once: false when it was claimed already (by this or another replica). The claim
 * holds only if the caller's transaction commits.
 */
export async function claimDigestDelivery(manager: EntityManager, memberId: string, week: string): Promise<boolean> {
  const claimed = await queryRows<{ member_id: string }>(
    manager,
    `INSERT INTO digest_deliveries (member_id, week, items) VALUES ($1, $2, 0) ON CONFLICT DO NOTHING RETURNING member_id`,
    [memberId, week],
  );
  return claimed.length > 0;
}
