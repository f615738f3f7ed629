import type { ValidationIssue, ValidationRule } from './resource-validation';

export type UiLanguage = 'fr' | 'en';

/** Field names as a person reads them, for messages that name the field. */
export const FIELD_LABELS: Record<UiLanguage, Record<string, string>> = {
  fr: {
    type: 'Type', format: 'Format', title: 'Titre', summary: 'Résumé', body: 'Notes', url: 'Adresse web (URL)',
    authors: 'Auteurs', publisher: 'Éditeur', year: 'Année', language: 'Langue', licence: 'Licence',
    durationMinutes: 'Durée (minutes)', visibility: 'Visibilité', themeSlugs: 'Thèmes', audienceSlugs: 'Publics',
    tags: 'Étiquettes', organisationSlug: 'Structure', slug: 'Adresse', q: 'Recherche', page: 'Page', pageSize: 'Taille de page',
    types: 'Types', formats: 'Formats', themes: 'Thèmes', audiences: 'Publics', organisations: 'Structures', languages: 'Langues',
    email: 'Adresse électronique', password: 'Mot de passe', newPassword: 'Nouveau mot de passe', name: 'Nom', role: 'Rôle',
    terms: 'Termes', expertiseThemeSlugs: 'Thèmes d’expertise',
    date: 'Date de l’atelier', context: 'Lieu ou contexte', ageBand: 'Tranche d’âge', participants: 'Nombre de participants',
    wentWell: 'Ce qui a bien marché', toAdjust: 'Ce qu’il faudrait ajuster', rating: 'Note', label: 'Intitulé', description: 'Description',
    markdown: 'Texte du commentaire', parentId: 'Commentaire parent', reason: 'Motif du signalement', query: 'Recherche de membre',
    first: 'Nombre d’éléments', ids: 'Notifications', kind: 'Type de suivi', id: 'Identifiant',
    intro: 'Introduction', note: 'Note', resourceSlug: 'Ressource', memberSlug: 'Membre', afterItemId: 'Position', itemId: 'Élément de la liste',
    startsAt: 'Début', endsAt: 'Fin', timeZone: 'Fuseau horaire', place: 'Lieu', agenda: 'Ordre du jour', organiserSlugs: 'Structures organisatrices', listSlug: 'Liste de lecture',
  },
  en: {
    type: 'Type', format: 'Format', title: 'Title', summary: 'Summary', body: 'Notes', url: 'Web address (URL)',
    authors: 'Authors', publisher: 'Publisher', year: 'Year', language: 'Language', licence: 'Licence',
    durationMinutes: 'Duration (minutes)', visibility: 'Visibility', themeSlugs: 'Themes', audienceSlugs: 'Audiences',
    tags: 'Tags', organisationSlug: 'Organisation', slug: 'Address', q: 'Search', page: 'Page', pageSize: 'Page size',
    types: 'Types', formats: 'Formats', themes: 'Themes', audiences: 'Audiences', organisations: 'Organisations', languages: 'Languages',
    email: 'Email address', password: 'Password', newPassword: 'New password', name: 'Name', role: 'Role',
    terms: 'Terms', expertiseThemeSlugs: 'Expertise themes',
    date: 'Workshop date', context: 'Place or context', ageBand: 'Age band', participants: 'Number of participants',
    wentWell: 'What went well', toAdjust: 'What to adjust', rating: 'Rating', label: 'Label', description: 'Description',
    markdown: 'Comment text', parentId: 'Parent comment', reason: 'Reason for the report', query: 'Member search',
    first: 'Number of items', ids: 'Notifications', kind: 'Follow type', id: 'Identifier',
    intro: 'Introduction', note: 'Note', resourceSlug: 'Resource', memberSlug: 'Member', afterItemId: 'Position', itemId: 'List item',
    startsAt: 'Start', endsAt: 'End', timeZone: 'Time zone', place: 'Place', agenda: 'Agenda', organiserSlugs: 'Organising organisations', listSlug: 'Reading list',
  },
};

const RULE_MESSAGES: Record<UiLanguage, Record<ValidationRule, string>> = {
  fr: {
    required: 'Ce champ est obligatoire.',
    maxLength: '{{max}} caractères au maximum.',
    minLength: '{{min}} caractères au minimum.',
    email: 'Indiquez une adresse électronique valide.',
    oneOf: 'Valeur non reconnue ; valeurs possibles : {{allowed}}.',
    formatForType: 'Ce format ne correspond pas au type choisi ; formats possibles : {{allowed}}.',
    url: 'Indiquez une adresse web complète qui commence par http:// ou https://.',
    range: 'Indiquez un nombre entier entre {{min}} et {{max}}.',
    minItems: 'Choisissez au moins {{min}} élément.',
    maxItems: '{{max}} éléments au maximum.',
    unknown: 'Valeur inconnue : {{values}}.',
    duplicate: 'Déjà présent : {{values}}.',
    notBefore: 'Ne peut pas précéder {{other}}.',
  },
  en: {
    required: 'This field is required.',
    maxLength: 'At most {{max}} characters.',
    minLength: 'At least {{min}} characters.',
    email: 'Enter a valid email address.',
    oneOf: 'Unknown value; allowed values: {{allowed}}.',
    formatForType: 'This format does not match the chosen type; allowed formats: {{allowed}}.',
    url: 'Enter a full web address starting with http:// or https://.',
    range: 'Enter a whole number between {{min}} and {{max}}.',
    minItems: 'Choose at least {{min}} item.',
    maxItems: 'At most {{max}} items.',
    unknown: 'Unknown value: {{values}}.',
    duplicate: 'Already there: {{values}}.',
    notBefore: 'Cannot be before {{other}}.',
  },
};

/** The message for one issue, without the field name ("Ce champ est obligatoire."). */
export function issueMessage(issue: ValidationIssue, language: UiLanguage = 'fr'): string {
  const template = RULE_MESSAGES[language][issue.rule];
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(issue.params?.[key] ?? ''));
}

/** The message naming the field ("Titre : ce champ est obligatoire."), as the API returns it. */
export function describeIssue(issue: ValidationIssue, language: UiLanguage = 'fr'): string {
  const label = FIELD_LABELS[language][issue.field] ?? issue.field;
  const message = issueMessage(issue, language);
  const separator = language === 'fr' ? ' : ' : ': ';
  return `${label}${separator}${message.charAt(0).toLowerCase()}${message.slice(1)}`;
}
