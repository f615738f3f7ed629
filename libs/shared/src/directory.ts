/** The directory of organisations and people (issue 14): fixed lists and limits shared by the API and the web app. */

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
