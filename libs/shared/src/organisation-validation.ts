import { DIRECTORY_LIMITS, ORGANISATION_KINDS } from './directory';
import type { ValidationIssue } from './resource-validation';

/** An organisation as an admin types it (the API and the admin form check the same rules). */
export interface OrganisationDraft {
  name: string;
  kind: string;
  kindDetail?: string | null;
  city?: string | null;
  neighbourhood?: string | null;
  description?: string | null;
  website?: string | null;
  publicContact?: string | null;
}

const TEXT_FIELDS = [
  ['kindDetail', DIRECTORY_LIMITS.kindDetailMax],
  ['city', DIRECTORY_LIMITS.communeMax],
  ['neighbourhood', DIRECTORY_LIMITS.neighbourhoodMax],
  ['description', DIRECTORY_LIMITS.descriptionMax],
  ['website', DIRECTORY_LIMITS.websiteMax],
  ['publicContact', DIRECTORY_LIMITS.publicContactMax],
] as const;

/** One issue per failing field; `organisationKind` names the kind (`kind` is already a follow's kind in messages). */
export function validateOrganisation(draft: OrganisationDraft): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = draft.name.trim();
  if (!name) issues.push({ field: 'name', rule: 'required' });
  else if (name.length > DIRECTORY_LIMITS.nameMax)
    issues.push({ field: 'name', rule: 'maxLength', params: { max: DIRECTORY_LIMITS.nameMax } });
  if (!(ORGANISATION_KINDS as readonly string[]).includes(draft.kind))
    issues.push({ field: 'organisationKind', rule: 'oneOf', params: { allowed: ORGANISATION_KINDS.join(', ') } });
  for (const [field, max] of TEXT_FIELDS) {
    if ((draft[field] ?? '').trim().length > max) issues.push({ field, rule: 'maxLength', params: { max } });
  }
  const website = (draft.website ?? '').trim();
  if (website && !isWebAddress(website)) issues.push({ field: 'website', rule: 'url' });
  return issues;
}

function isWebAddress(value: string): boolean {
  if (/[\s<>"`]/.test(value)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
