import { frenchLoanPeriod } from '@culture-commune/shared';
import type { Actor } from '../../common/auth/actor';
import { memberRef } from '../organisations/dto/organisation.objects';
import type { KitLoanObject, KitLoanStatus, KitObject } from './dto/kit.objects';
import type { KitLoanRow, KitRow } from './kit-rows';
import { kitsPolicy } from './kits.policy';

/** A loan as `actor` receives it (they may view it: kitsPolicy.canViewLoan, checked by the caller). */
export function presentLoan(actor: Actor | null, row: KitLoanRow): KitLoanObject {
  const kit = { organisationId: row.kit.organisation_id };
  const open = row.status === 'requested' || row.status === 'accepted';
  return {
    id: row.id,
    kit: { slug: row.kit.slug, name: row.kit.name },
    requester: row.requester ? memberRef(row.requester.id, row.requester.slug, row.requester.name) : null,
    organisation: row.organisation,
    event: row.event,
    purpose: row.purpose,
    firstDay: row.first_day,
    lastDay: row.last_day,
    periodLabel: frenchLoanPeriod(row.first_day, row.last_day),
    status: row.status as KitLoanStatus,
    refusedReason: row.refused_reason,
    decidedAt: row.decided_at,
    handedOverAt: row.handed_over_at,
    returnedAt: row.returned_at,
    returnCheck: row.return_check,
    returnNotes: row.return_notes,
    viewerCanHandle: kitsPolicy.canHandleLoans(actor, kit),
    viewerCanCancel: open && kitsPolicy.canCancel(actor, kit, { requesterId: row.requester?.id ?? null }),
  };
}

/** A kit without its per-kit lists (busy days, tools, debriefs, loans, photos: resolved on demand). */
export function presentKit(actor: Actor | null, row: KitRow): KitObject {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    organisation: { slug: row.organisation.slug, name: row.organisation.name },
    organisationId: row.organisation.id,
    description: row.description,
    items: row.items,
    conditionNotes: row.condition_notes,
    pickupPlace: row.pickup_place,
    loanConditions: row.loan_conditions,
    archivedAt: row.archived_at,
    viewerCanManage: kitsPolicy.canManage(actor, { organisationId: row.organisation.id }),
    busy: [],
    resources: [],
    debriefs: [],
    loans: [],
    photos: [],
  };
}
