import type { EntityManager } from 'typeorm';
import { queryRows } from '../../common/database/query-rows';
import { eventsPolicy } from '../events/events.policy';
import { PERIODS, networkList, scopeParameters, within, type PeriodName, type ReportScope } from './report-sql';

/** Any member: the events every member sees (all of them today, `events.policy.ts`). */
const MEMBER = { id: 'NULL', role: `'member'` };

/**
 * Events held in the two periods (started then, and before now), organised by an organisation the filters keep.
 * Theme and audience filters do not apply to events, which have neither.
 */
const HELD_EVENTS = `${PERIODS},
  held AS (
    SELECT b.period, e.id
      FROM bounds b JOIN events e ON ${within('e.starts_at')} AND e.starts_at <= $9::timestamptz
     WHERE ${eventsPolicy.sqlVisibleTo(MEMBER, 'e')}
       AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id
                                        WHERE eo.event_id = e.id AND o.slug = $6))
       AND (NOT $8 OR EXISTS (SELECT 1 FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id
                              WHERE eo.event_id = e.id AND o.priority_neighbourhood))),
  attendees AS (SELECT h.period, h.id AS event_id, rs.member_id FROM held h JOIN event_rsvps rs ON rs.event_id = h.id AND rs.answer = 'yes'),
  lists AS (
    SELECT h.period, h.id AS event_id, l.id AS list_id
      FROM held h JOIN event_reading_lists erl ON erl.event_id = h.id JOIN reading_lists l ON l.id = erl.list_id
     WHERE ${networkList('l')}),
  expected AS (
    SELECT ls.period, ls.event_id, i.id AS item_id, a.member_id
      FROM lists ls JOIN reading_list_items i ON i.list_id = ls.list_id
      JOIN attendees a ON a.event_id = ls.event_id)`;

export interface MeetingTotalsRow {
  period: PeriodName;
  events: number;
  attendance: number;
  lists: number;
  /** Items of the events' lists × the events' attendees: what they could have read. */
  expected_reads: number;
  /** Of those, the ones read (`reading_progress`, whenever). */
  reads: number;
}

/** Events held, yes answers, reading lists prepared for them, and how much of those lists the attendees read. */
export function findMeetingTotals(manager: EntityManager, scope: ReportScope): Promise<MeetingTotalsRow[]> {
  return queryRows<MeetingTotalsRow>(
    manager,
    `WITH ${HELD_EVENTS}
     SELECT p.period,
       (SELECT count(*) FROM held h WHERE h.period = p.period)::int AS events,
       (SELECT count(*) FROM attendees a WHERE a.period = p.period)::int AS attendance,
       (SELECT count(DISTINCT ls.list_id) FROM lists ls WHERE ls.period = p.period)::int AS lists,
       (SELECT count(*) FROM expected x WHERE x.period = p.period)::int AS expected_reads,
       (SELECT count(*) FROM expected x JOIN reading_progress rp ON rp.item_id = x.item_id AND rp.member_id = x.member_id
         WHERE x.period = p.period)::int AS reads
       FROM periods p`,
    scopeParameters(scope),
  );
}
