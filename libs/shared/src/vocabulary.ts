/** Fixed vocabularies shared by the API and the web app. Themes are curated data (in the database); these are not. */

export const RESOURCE_TYPES = ['lecture', 'formation', 'outil'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const FORMATS_BY_TYPE: Record<ResourceType, readonly string[]> = {
  lecture: ['livre', 'article', 'rapport', 'guide', 'etude'],
  formation: ['diaporama', 'module', 'webinaire', 'mooc', 'programme'],
  outil: ['jeu', 'fiche-activite', 'kit-atelier', 'quiz', 'exposition', 'serie-video', 'application'],
};
export const RESOURCE_FORMATS = Object.values(FORMATS_BY_TYPE).flat();

export const VISIBILITIES = ['public', 'network', 'draft'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** ISO 639-1 codes offered for a resource's language. */
export const LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'ar', 'pt', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The audiences of the demo library: a fixed list, not user-editable. */
export const AUDIENCES = [
  { slug: 'professionnels', label: 'Professionnels', labelEn: 'Professionals' },
  { slug: 'parents', label: 'Parents', labelEn: 'Parents' },
  { slug: 'petite-enfance', label: 'Petite enfance (0-6 ans)', labelEn: 'Early childhood (0-6)' },
  { slug: 'enfants', label: 'Enfants (6-11 ans)', labelEn: 'Children (6-11)' },
  { slug: 'adolescents', label: 'Adolescents (12-18 ans)', labelEn: 'Teenagers (12-18)' },
  { slug: 'familles', label: 'Familles', labelEn: 'Families' },
  { slug: 'tout-public', label: 'Tout public', labelEn: 'General public' },
] as const;
export const AUDIENCE_SLUGS: readonly string[] = AUDIENCES.map((a) => a.slug);

export const SEARCH_SORTS = ['relevance', 'newest', 'mostUsed', 'bestRated'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const TYPE_LABELS: Record<ResourceType, { fr: string; en: string }> = {
  lecture: { fr: 'Lecture', en: 'Reading' },
  formation: { fr: 'Support de formation', en: 'Training material' },
  outil: { fr: 'Outil de médiation', en: 'Mediation tool' },
};

export const FORMAT_LABELS: Record<string, { fr: string; en: string }> = {
  livre: { fr: 'Livre', en: 'Book' },
  article: { fr: 'Article', en: 'Article' },
  rapport: { fr: 'Rapport', en: 'Report' },
  guide: { fr: 'Guide', en: 'Guide' },
  etude: { fr: 'Étude', en: 'Study' },
  diaporama: { fr: 'Diaporama', en: 'Slides' },
  module: { fr: 'Module', en: 'Module' },
  webinaire: { fr: 'Webinaire', en: 'Webinar' },
  mooc: { fr: 'MOOC', en: 'MOOC' },
  programme: { fr: 'Programme', en: 'Programme' },
  jeu: { fr: 'Jeu', en: 'Game' },
  'fiche-activite': { fr: 'Fiche d’activité', en: 'Activity sheet' },
  'kit-atelier': { fr: 'Kit d’atelier', en: 'Workshop kit' },
  quiz: { fr: 'Quiz', en: 'Quiz' },
  exposition: { fr: 'Exposition', en: 'Exhibition' },
  'serie-video': { fr: 'Série vidéo', en: 'Video series' },
  application: { fr: 'Application', en: 'App' },
};

export const LANGUAGE_LABELS: Record<Language, { fr: string; en: string }> = {
  fr: { fr: 'Français', en: 'French' },
  en: { fr: 'Anglais', en: 'English' },
  de: { fr: 'Allemand', en: 'German' },
  es: { fr: 'Espagnol', en: 'Spanish' },
  it: { fr: 'Italien', en: 'Italian' },
  ar: { fr: 'Arabe', en: 'Arabic' },
  pt: { fr: 'Portugais', en: 'Portuguese' },
  other: { fr: 'Autre', en: 'Other' },
};

export const ROLES = ['member', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];
