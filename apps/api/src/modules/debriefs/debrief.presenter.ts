import type { Actor } from '../../common/auth/actor';
import type { DebriefRow } from './debriefs.service';
import { debriefsPolicy } from './debriefs.policy';
import type { DebriefObject } from './dto/debrief.objects';

/** A debrief as one viewer receives it; whether they may change it is the policy's answer. */
export function presentDebrief(row: DebriefRow, actor: Actor | null): DebriefObject {
  return {
    id: row.id,
    date: row.workshop_date,
    context: row.context,
    audience: row.audience_slug
      ? { slug: row.audience_slug, label: row.audience_label!, labelEn: row.audience_label_en! }
      : null,
    ageBand: row.age_band,
    participants: row.participants,
    durationMinutes: row.duration_minutes,
    parentsPresent: row.parents_present,
    wentWell: row.went_well,
    toAdjust: row.to_adjust,
    rating: row.rating,
    author: row.author_id
      ? {
          id: row.author_id,
          slug: row.author_slug!,
          name: row.author_name!,
          title: row.author_title,
          organisation: null,
        }
      : null,
    createdAt: row.created_at,
    edited: row.updated_at.getTime() - row.created_at.getTime() > 1000,
    viewerCanEdit: debriefsPolicy.canEdit(actor, { authorId: row.author_id }),
  };
}
