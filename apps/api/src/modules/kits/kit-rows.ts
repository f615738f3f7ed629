import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import { queryRows } from '../../common/database/query-rows';
import { resourcesPolicy } from '../resources/resources.policy';
import type { KitLoanStatus, KitReturnCheckLine } from './kit-loan.entity';
import { kitsPolicy } from './kits.policy';

export interface KitRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  condition_notes: string;
  pickup_place: string;
  loan_conditions: string;
  archived_at: Date | null;
  organisation: { id: string; slug: string; name: string };
  items: { label: string; quantity: number }[];
}

/** Kits with their organisation and contents, among those `actor` may see; $1 the actor's organisation id. */
export function findKits(
  manager: EntityManager,
  actor: Actor | null,
  filter: { slug?: string; organisationId?: string },
): Promise<KitRow[]> {
  return queryRows<KitRow>(
    manager,
    `SELECT k.id, k.slug, k.name, k.description, k.condition_notes, k.pickup_place, k.loan_conditions, k.archived_at,
            json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) AS organisation,
            COALESCE((SELECT json_agg(json_build_object('label', i.label, 'quantity', i.quantity) ORDER BY i.position)
                        FROM kit_items i WHERE i.kit_id = k.id), '[]'::json) AS items
       FROM kits k JOIN organisations o ON o.id = k.organisation_id
      WHERE ${kitsPolicy.sqlVisible(actor, 'k', '$1')}
        AND ($2::varchar IS NULL OR k.slug = $2) AND ($3::uuid IS NULL OR k.organisation_id = $3)
      ORDER BY k.archived_at NULLS FIRST, k.name`,
    [actor?.organisationId ?? null, filter.slug ?? null, filter.organisationId ?? null],
  );
}

/** The resources a kit serves that `actor` may see and that are published. */
export function findKitResources(
  manager: EntityManager,
  actor: Actor | null,
  kitId: string,
): Promise<{ slug: string; title: string }[]> {
  return queryRows(
    manager,
    `SELECT r.slug, r.title FROM kit_resources kr JOIN resources r ON r.id = kr.resource_id
      WHERE kr.kit_id = $1 AND ${resourcesPolicy.sqlPublished('r')} AND ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}
      ORDER BY r.title`,
    [kitId, actor?.id ?? null],
  );
}

export interface KitDebriefRow {
  id: string;
  resource: { slug: string; title: string };
  workshop_date: string;
  context: string;
  participants: number;
  rating: number;
}

/** The latest debriefs of workshops run with the tools a kit serves (published resources `actor` may see). */
export function findKitDebriefs(manager: EntityManager, actor: Actor | null, kitId: string): Promise<KitDebriefRow[]> {
  return queryRows<KitDebriefRow>(
    manager,
    `SELECT d.id, json_build_object('slug', r.slug, 'title', r.title) AS resource,
            to_char(d.workshop_date, 'YYYY-MM-DD') AS workshop_date, d.context, d.participants, d.rating
       FROM kit_resources kr JOIN resources r ON r.id = kr.resource_id JOIN debriefs d ON d.resource_id = r.id
      WHERE kr.kit_id = $1 AND ${resourcesPolicy.sqlPublished('r')} AND ${resourcesPolicy.sqlVisible(actor, 'r', '$2')}
      ORDER BY d.workshop_date DESC, d.id LIMIT 20`,
    [kitId, actor?.id ?? null],
  );
}

export interface KitLoanRow {
  id: string;
  kit: { id: string; slug: string; name: string; organisation_id: string };
  requester: { id: string; slug: string; name: string } | null;
  organisation: { slug: string; name: string } | null;
  event: { slug: string; title: string } | null;
  purpose: string;
  first_day: string;
  last_day: string;
  status: KitLoanStatus;
  refused_reason: string | null;
  decided_at: Date | null;
  handed_over_at: Date | null;
  returned_at: Date | null;
  return_check: KitReturnCheckLine[];
  return_notes: string;
  created_at: Date;
}

const LOAN_SELECT = `SELECT l.id, l.purpose, l.status, l.refused_reason, l.decided_at, l.handed_over_at, l.returned_at,
    l.return_check, l.return_notes, l.created_at,
    lower(l.period)::text AS first_day, (upper(l.period) - 1)::text AS last_day,
    json_build_object('id', k.id, 'slug', k.slug, 'name', k.name, 'organisation_id', k.organisation_id) AS kit,
    CASE WHEN m.id IS NOT NULL THEN json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) END AS requester,
    CASE WHEN o.id IS NOT NULL THEN json_build_object('slug', o.slug, 'name', o.name) END AS organisation,
    CASE WHEN e.id IS NOT NULL THEN json_build_object('slug', e.slug, 'title', e.title) END AS event
  FROM kit_loans l JOIN kits k ON k.id = l.kit_id
  LEFT JOIN members m ON m.id = l.requester_id
  LEFT JOIN organisations o ON o.id = l.organisation_id
  LEFT JOIN events e ON e.id = l.event_id`;

export async function loanById(manager: EntityManager, id: string): Promise<KitLoanRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await queryRows<KitLoanRow>(manager, `${LOAN_SELECT} WHERE l.id = $1`, [id]);
  return row;
}

/** A kit's loans, latest first (its history, for those who handle its loans). */
export function findLoansOfKit(manager: EntityManager, kitId: string): Promise<KitLoanRow[]> {
  return queryRows<KitLoanRow>(manager, `${LOAN_SELECT} WHERE l.kit_id = $1 ORDER BY lower(l.period) DESC`, [kitId]);
}

/** A member's loans, soonest first for those under way, then the finished ones. */
export function findLoansOfMember(manager: EntityManager, memberId: string): Promise<KitLoanRow[]> {
  return queryRows<KitLoanRow>(
    manager,
    `${LOAN_SELECT} WHERE l.requester_id = $1
      ORDER BY l.status IN ('refused', 'cancelled', 'returned'), lower(l.period) DESC LIMIT 100`,
    [memberId],
  );
}

/** Loans still to act on (asked, accepted, handed over) of the kits `actor` handles, soonest first. */
export function findLoansToHandle(manager: EntityManager, actor: Actor): Promise<KitLoanRow[]> {
  return queryRows<KitLoanRow>(
    manager,
    `${LOAN_SELECT} WHERE l.status IN ('requested', 'accepted', 'handed_over')
        AND ${kitsPolicy.sqlHandles(actor, 'k', '$1')}
      ORDER BY lower(l.period), l.created_at LIMIT 200`,
    [actor.organisationId],
  );
}

export interface BusyRow {
  kit_id: string;
  kit_slug: string;
  kit_name: string;
  loan_id: string;
  first_day: string;
  last_day: string;
  status: KitLoanStatus;
  organisation_name: string | null;
}

/**
 * Loans that hold a kit (accepted, handed over, or returned: the history) on some day of `[from, to]`, among the
 * kits `actor` may see; `kitId` narrows to one kit.
 */
export function findBusyLoans(
  manager: EntityManager,
  actor: Actor,
  from: string,
  to: string,
  kitId: string | null,
): Promise<BusyRow[]> {
  return queryRows<BusyRow>(
    manager,
    `SELECT k.id AS kit_id, k.slug AS kit_slug, k.name AS kit_name, l.id AS loan_id, l.status,
            lower(l.period)::text AS first_day, (upper(l.period) - 1)::text AS last_day, o.name AS organisation_name
       FROM kit_loans l JOIN kits k ON k.id = l.kit_id LEFT JOIN organisations o ON o.id = l.organisation_id
      WHERE l.status IN ('accepted', 'handed_over', 'returned') AND l.period && daterange($2::date, $3::date, '[]')
        AND ${kitsPolicy.sqlVisible(actor, 'k', '$1')} AND ($4::uuid IS NULL OR k.id = $4)
      ORDER BY lower(l.period), k.name`,
    [actor.organisationId, from, to, kitId],
  );
}

/** The accepted or handed-over loan of `kitId` that overlaps `[firstDay, lastDay]`, other than `exceptId`. */
export async function findOverlappingLoan(
  manager: EntityManager,
  kitId: string,
  firstDay: string,
  lastDay: string,
  exceptId: string | null,
): Promise<{ first_day: string; last_day: string } | undefined> {
  const [row] = await queryRows<{ first_day: string; last_day: string }>(
    manager,
    `SELECT lower(period)::text AS first_day, (upper(period) - 1)::text AS last_day FROM kit_loans
      WHERE kit_id = $1 AND status IN ('accepted', 'handed_over') AND period && daterange($2::date, $3::date, '[]')
        AND ($4::uuid IS NULL OR id <> $4)
      ORDER BY lower(period) LIMIT 1`,
    [kitId, firstDay, lastDay, exceptId],
  );
  return row;
}

/** Writes a loan's period as whole days, first and last included (canonical form `[first, last + 1)`). */
export async function insertLoan(
  manager: EntityManager,
  loan: {
    kitId: string;
    requesterId: string;
    organisationId: string | null;
    eventId: string | null;
    purpose: string;
    firstDay: string;
    lastDay: string;
  },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    manager,
    `INSERT INTO kit_loans (kit_id, requester_id, organisation_id, event_id, purpose, period)
     VALUES ($1, $2, $3, $4, $5, daterange($6::date, $7::date, '[]')) RETURNING id`,
    [loan.kitId, loan.requesterId, loan.organisationId, loan.eventId, loan.purpose, loan.firstDay, loan.lastDay],
  );
  return row.id;
}

export type ReminderKind = 'pickup' | 'return' | 'overdue';

export interface ReminderRow {
  loan_id: string;
  kind: ReminderKind;
  email: string;
  name: string;
  kit_name: string;
  kit_slug: string;
  pickup_place: string;
  first_day: string;
  last_day: string;
}

/**
 * The reminders due on `today` (a Paris calendar day): pick-up tomorrow (accepted), return tomorrow (accepted or
 * handed over), overdue (handed over, last day before today); none to a deactivated member. Sending each once is the
 * caller's job.
 */
export function findDueReminders(manager: EntityManager, today: string): Promise<ReminderRow[]> {
  return queryRows<ReminderRow>(
    manager,
    `SELECT l.id AS loan_id, r.kind, m.email, m.name, k.name AS kit_name, k.slug AS kit_slug, k.pickup_place,
            lower(l.period)::text AS first_day, (upper(l.period) - 1)::text AS last_day
       FROM kit_loans l JOIN kits k ON k.id = l.kit_id JOIN members m ON m.id = l.requester_id
       CROSS JOIN LATERAL (VALUES
         (CASE WHEN l.status = 'accepted' AND lower(l.period) = $1::date + 1 THEN 'pickup' END),
         (CASE WHEN l.status IN ('accepted', 'handed_over') AND upper(l.period) - 1 = $1::date + 1 THEN 'return' END),
         (CASE WHEN l.status = 'handed_over' AND upper(l.period) - 1 < $1::date THEN 'overdue' END)) AS r(kind)
      WHERE r.kind IS NOT NULL AND l.status IN ('accepted', 'handed_over') AND m.deactivated_at IS NULL
      ORDER BY l.id, r.kind`,
    [today],
  );
}
