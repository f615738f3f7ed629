import type { OrganisationKind } from './directory';

/** How each kind of organisation reads, in French (facet labels from the API) and English. */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, { fr: string; en: string }> = {
  mediatheque: { fr: 'Médiathèque', en: 'Media library' },
  'information-jeunesse': { fr: 'Service info jeunesse', en: 'Youth information service' },
  'maison-enfance': { fr: 'Maison de l’enfance', en: 'Childhood centre' },
  'centre-social': { fr: 'Centre social', en: 'Community centre' },
  'etablissement-scolaire': { fr: 'École, collège, lycée', en: 'School' },
  association: { fr: 'Association', en: 'Association' },
  collectivite: { fr: 'Collectivité', en: 'Local authority' },
  autre: { fr: 'Autre', en: 'Other' },
};
