import type { ReadingListObject } from '../dto/reading-list.objects';
import type { ExportDetails } from './export-detail-rows';

/** What every export shows: the list, its items in order (as the reader may see them) and the meeting, if any. */
export interface ListDocument {
  list: ReadingListObject;
  pageUrl: (path: string) => string;
  meeting: { title: string; startsAt: Date; place: string | null; timeZone: string } | null;
  /** Publisher, language, keywords… of the readings shown, by slug: citation formats carry them. */
  details?: Map<string, ExportDetails>;
}

export const RESTRICTED_LINE = 'Ressource réservée aux membres qui y ont accès.';
export const deletedLine = (title: string | null) => `« ${title ?? 'Ressource'} » a été retirée de la bibliothèque.`;

export function meetingLine(meeting: NonNullable<ListDocument['meeting']>): string {
  const when = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meeting.timeZone,
  }).format(meeting.startsAt);
  return `${meeting.title} — ${when}${meeting.place ? `, ${meeting.place}` : ''}`;
}
