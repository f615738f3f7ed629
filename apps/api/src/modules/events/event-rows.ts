import type { EntityManager } from 'typeorm';

export interface EventRow {
  id: string;
  slug: string;
  kind: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  place: string | null;
  description: string;
  agenda: string;
  minutes_markdown: string;
  minutes_html: string;
  visibility: 'public' | 'network';
  organisers: {
    id: string;
    slug: string;
    name: string;
    kind: string | null;
    city: string | null;
    description: string | null;
  }[];
  rsvp_yes: number;
  rsvp_no: number;
  rsvp_maybe: number;
  viewer_rsvp: 'yes' | 'no' | 'maybe' | null;
}

/** An event as one viewer receives it: the minutes' Markdown only for those who may edit them. */
export interface EventView extends EventRow {
  viewerCanEdit: boolean;
}

/** Events with organisers and RSVP counts in one statement; $1 is the viewer id (or null). */
export const EVENT_SELECT = `SELECT e.*,
  COALESCE((SELECT json_agg(json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'city', o.city, 'description', o.description) ORDER BY o.name)
            FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = e.id), '[]'::json) AS organisers,
  (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id AND r.answer = 'yes') AS rsvp_yes,
  (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id AND r.answer = 'no') AS rsvp_no,
  (SELECT count(*)::int FROM event_rsvps r WHERE r.event_id = e.id AND r.answer = 'maybe') AS rsvp_maybe,
  (SELECT r.answer FROM event_rsvps r WHERE r.event_id = e.id AND r.member_id = $1) AS viewer_rsvp
  FROM events e`;

export async function eventBySlug(
  manager: EntityManager,
  slug: string,
  viewerId: string | null,
): Promise<EventRow | undefined> {
  const [row] = await manager.query(`${EVENT_SELECT} WHERE e.slug = $2`, [viewerId, slug]);
  return row;
}
