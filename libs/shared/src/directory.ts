/** The directory of organisations and people (issue 14): fixed lists and limits shared by the API and the web app. */
import type { ValidationIssue } from './resource-validation';

/** An organisation's kind, from the network's fixed list; labels live in the web app's translations. */
export const ORGANISATION_KINDS = [
  'mediatheque',
  'information-jeunesse',
  'maison-enfance',
  'centre-social',
  'etablissement-scolaire',
  'association',
  'collectivite',
  'autre',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Who sees a person in the directory: signed-in members only, or visitors too. */
export const DIRECTORY_VISIBILITIES = ['members', 'public'] as const;
export type DirectoryVisibility = (typeof DIRECTORY_VISIBILITIES)[number];

/** Languages a person may say they work in (ISO 639-1). */
export const DIRECTORY_LANGUAGES = ['fr', 'en', 'ar', 'es', 'it', 'pt', 'de', 'tr', 'ro', 'uk', 'ru', 'lsf'] as const;

export const DIRECTORY_LIMITS = {
  nameMax: 200,
  kindDetailMax: 60,
  communeMax: 120,
  neighbourhoodMax: 120,
  descriptionMax: 2000,
  websiteMax: 500,
  publicContactMax: 300,
} as const;

/** « Contacter » (issue 14): a message sent through the platform; the subject may be left out. */
export const CONTACT_LIMITS = { subjectMax: 150, messageMax: 5000 } as const;

/** How many messages one member may send through « Contacter »: per hour and per day (rate-limits.ts counts them). */
export const CONTACT_RATE = { perHour: 5, perDay: 20 } as const;

export interface ContactMessageDraft {
  subject?: string | null;
  message?: string | null;
}

/** The checks of « Contacter », the same in the form and in the API: the message is required, both are bounded. */
export function validateContactMessage(draft: ContactMessageDraft): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const subject = (draft.subject ?? '').trim();
  const message = (draft.message ?? '').trim();
  if (subject.length > CONTACT_LIMITS.subjectMax)
    issues.push({ field: 'subject', rule: 'maxLength', params: { max: CONTACT_LIMITS.subjectMax } });
  if (!message) issues.push({ field: 'message', rule: 'required' });
  else if (message.length > CONTACT_LIMITS.messageMax)
    issues.push({ field: 'message', rule: 'maxLength', params: { max: CONTACT_LIMITS.messageMax } });
  return issues;
}

/** An organisation's logo: what may be sent (SVG is refused: it may carry scripts), and the size kept. */
export const LOGO_LIMITS = { maxBytes: 2 * 1024 * 1024, types: ['png', 'jpg', 'webp'], sidePx: 256 } as const;

/** The address of an organisation's logo (served for good: a new upload has a new id). */
export const logoUrl = (logoId: string | null): string | null => (logoId ? `/logos/${logoId}.webp` : null);
