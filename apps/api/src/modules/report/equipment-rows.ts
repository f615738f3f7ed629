import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import type { BreakdownRow, RankedResourceRow } from './field-work-rows';
import {
  PERIODS,
  networkResource,
  organisationMatches,
  resourceAudienceMatches,
  scopeParameters,
  themeMatches,
  type PeriodName,
  type ReportScope,
} from './report-sql';

/**
 * Kit loans of the two periods (decisions 0029, 0042): a loan counts when the kit was handed over (or handed over and
 * returned) and its dates overlap the period; requested, accepted, refused and cancelled loans never count. Its days
 * are those of its dates inside the period (a loan across the boundary counts in both periods, with its days split).
 * Archived kits still count: they were lent.
 *
 * Filters: a loan belongs to the BORROWING organisation (as any activity belongs to the organisation of the member
 * who did it), so the organisation and priority-neighbourhood filters read `kit_loans.organisation_id`; the
 * « by owner » table then says whose kits they borrowed. Theme and audience go through the tools the kit serves
 * (`kit_resources`, tools every member sees): a kit counts for a theme when one of its tools has it.
 */
const SCOPED_LOANS = `${PERIODS},
  scoped AS (
    SELECT p.period, l.id, l.kit_id, k.organisation_id AS owner_id,
           upper(l.period * daterange(p.first_day, p.last_day, '[]')) - lower(l.period * daterange(p.first_day, p.last_day, '[]')) AS days
      FROM periods p
      JOIN kit_loans l ON l.period && daterange(p.first_day, p.last_day, '[]')
      JOIN kits k ON k.id = l.kit_id
     WHERE l.status IN ('handed_over', 'returned') AND ${organisationMatches('l.organisation_id')}
       AND (($5::text IS NULL AND $7::text IS NULL) OR EXISTS (
             SELECT 1 FROM kit_resources kr JOIN resources r ON r.id = kr.resource_id
              WHERE kr.kit_id = k.id AND ${networkResource('r')} AND ${themeMatches('r')} AND ${resourceAudienceMatches('r')})))`;

export interface EquipmentTotalsRow {
  period: PeriodName;
  loans: number;
  days_lent: number;
}

/** Loans and days lent, per period. */
export function findEquipmentTotals(manager: EntityManager, scope: ReportScope): Promise<EquipmentTotalsRow[]> {
  return queryRows<EquipmentTotalsRow>(
    manager,
    `WITH ${SCOPED_LOANS}
     SELECT p.period, count(s.id)::int AS loans, coalesce(sum(s.days), 0)::int AS days_lent
       FROM periods p LEFT JOIN scoped s ON s.period = p.period GROUP BY p.period`,
    scopeParameters(scope),
  );
}

/** Loans (a) and days lent (b) by the organisation that owns the kit, both periods. */
export function findLoansByOwner(manager: EntityManager, scope: ReportScope): Promise<BreakdownRow[]> {
  return queryRows<BreakdownRow>(
    manager,
    `WITH ${SCOPED_LOANS}
     SELECT s.period, o.slug AS key, o.name AS label, count(*)::int AS a, sum(s.days)::int AS b
       FROM scoped s JOIN organisations o ON o.id = s.owner_id GROUP BY 1, 2, 3`,
    scopeParameters(scope),
  );
}

/**
 * The current period's most lent kits (value: loans, count: days lent), by loans then days. Visitors see no kit
 * (kits.policy): `public` is false, so a shared report names none.
 */
export function findMostLentKits(
  manager: EntityManager,
  scope: ReportScope,
  size: number,
): Promise<RankedResourceRow[]> {
  return queryRows<RankedResourceRow>(
    manager,
    `WITH ${SCOPED_LOANS}
     SELECT k.slug, k.name AS title, false AS public, count(*)::int AS value, sum(s.days)::int AS count
       FROM scoped s JOIN kits k ON k.id = s.kit_id WHERE s.period = 'current'
      GROUP BY k.id ORDER BY value DESC, count DESC, k.name, k.slug LIMIT $10`,
    [...scopeParameters(scope), size],
  );
}
