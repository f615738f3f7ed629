import type { EntityKind, ErrorParams, ErrorReason } from '@culture-commune/shared';
import { CONTACT_RATE } from '@culture-commune/shared';

/** How French messages name each kind of thing that may be missing. */
const ENTITY_NAMES: Record<EntityKind, string> = {
  resource: 'La ressource',
  readingList: 'La liste de lecture',
  readingListItem: 'L’élément de liste',
  event: 'L’événement',
  member: 'Le membre',
  person: 'La personne',
  organisation: 'La structure',
  theme: 'Le thème',
  comment: 'Le commentaire',
  debrief: 'Le retour d’atelier',
  job: 'La tâche',
  failedJob: 'La tâche en échec',
  synonymGroup: 'Le groupe de synonymes',
  passwordResetLink: 'Le lien de réinitialisation',
  invitation: 'L’invitation',
  import: 'L’import',
  file: 'Le fichier',
  upload: 'Le téléversement',
  kit: 'La malle',
  kitLoan: 'Le prêt',
};

const notFound = (kind: EntityKind) => `${ENTITY_NAMES[kind]} « {{key}} » est introuvable.`;

type Template = string | ((params: ErrorParams) => string);

/**
 * The API's French message for each reason (`{{name}}` replaced by the param), for API clients and logs.
 * The web app has its own texts (errors.* in apps/web/src/i18n), the French ones identical to these.
 */
export const SERVER_MESSAGES: Record<ErrorReason, Template> = {
  'badUserInput.invalid': 'Certaines valeurs ne sont pas valides.',
  'badUserInput.nullCharacter': '{{where}} : le caractère nul (U+0000) n’est pas accepté.',
  'badUserInput.illFormedText': '{{where}} : texte mal formé (caractère UTF-16 isolé).',
  'badUserInput.tooLong': '{{where}} : {{count}} caractères au plus.',
  'badUserInput.importFormat': 'Format de fichier non reconnu : RIS, BibTeX, CSL-JSON ou CSV.',
  'badUserInput.importTooLarge': 'Fichier trop volumineux : {{count}} Mo au plus.',
  'badUserInput.importTooManyRecords': 'Trop de notices : {{count}} au plus par fichier.',
  'badUserInput.importEmpty': 'Le fichier ne contient aucune notice.',
  'notFound.resource': notFound('resource'),
  'notFound.readingList': notFound('readingList'),
  'notFound.readingListItem': notFound('readingListItem'),
  'notFound.event': notFound('event'),
  'notFound.member': notFound('member'),
  'notFound.person': notFound('person'),
  'notFound.organisation': notFound('organisation'),
  'notFound.theme': notFound('theme'),
  'notFound.comment': notFound('comment'),
  'notFound.debrief': notFound('debrief'),
  'notFound.job': notFound('job'),
  'notFound.failedJob': notFound('failedJob'),
  'notFound.synonymGroup': notFound('synonymGroup'),
  'notFound.import': notFound('import'),
  'notFound.file': notFound('file'),
  'notFound.upload': notFound('upload'),
  'notFound.kit': notFound('kit'),
  'notFound.kitLoan': notFound('kitLoan'),
  'notFound.passwordResetLink': 'Le lien de réinitialisation « fourni (déjà utilisé ou expiré) » est introuvable.',
  'notFound.invitation': 'L’invitation « fournie (déjà utilisée ou expirée) » est introuvable.',
  'forbidden.default': 'Vous n’avez pas les droits pour cette action.',
  'forbidden.adminOnly': 'Réservé aux administrateur·rices.',
  'forbidden.debriefEditor': 'Seuls son auteur·rice et les coordinateur·rices peuvent modifier ce retour d’atelier.',
  'forbidden.vocabularyAdmin': 'Seuls les administrateur·rices modifient le vocabulaire.',
  'forbidden.eventEditor':
    'Les événements sont créés et modifiés par les coordinateur·rices et les administrateur·rices.',
  'forbidden.resourceEditor':
    'Seuls la personne qui l’a partagée et les coordinateur·rices peuvent modifier cette ressource.',
  'forbidden.commentAuthor': 'Seul·e son auteur·rice peut modifier ce commentaire.',
  'forbidden.reportOwnComment': 'Vous ne pouvez pas signaler votre propre commentaire.',
  'forbidden.moderator': 'La modération est réservée aux coordinateur·rices et aux administrateur·rices.',
  'forbidden.devMailbox': 'La boîte de développement n’existe pas en production.',
  'forbidden.inviteRole': 'Vous ne pouvez pas inviter une personne avec ce rôle.',
  'forbidden.ownAdminRole': 'Vous ne pouvez pas retirer votre propre rôle d’administrateur·rice.',
  'forbidden.ownDeactivation': 'Vous ne pouvez pas désactiver votre propre compte.',
  'forbidden.lastAdmin': 'Impossible : ce serait désactiver le dernier compte administrateur·rice actif.',
  'forbidden.listEditor': 'Seuls la personne qui la prépare et ses collaborateur·rices modifient cette liste.',
  'forbidden.listCurator': 'Seule la personne qui prépare cette liste peut faire cela.',
  'forbidden.themeManager': 'Seuls les coordinateur·rices et les administrateur·rices gèrent les thèmes.',
  'forbidden.importer': 'Les imports sont réservés aux coordinateur·rices et aux administrateur·rices.',
  'forbidden.kitManager':
    'Seuls les membres de la structure qui prête cette malle et les administrateur·rices peuvent faire cela.',
  'forbidden.notContactable': 'Cette personne ne souhaite pas être contactée par la plateforme.',
  'forbidden.reportReader': 'Le rapport d’activité est réservé aux coordinateur·rices et aux administrateur·rices.',
  'unauthenticated.signInRequired': 'Connectez-vous pour continuer.',
  'unauthenticated.badCredentials': 'Adresse électronique ou mot de passe incorrect.',
  'unauthenticated.deactivated':
    'Ce compte a été désactivé par l’administration du réseau. Pour le réactiver, écrivez à un·e administrateur·rice.',
  'conflict.listChanged':
    'La liste a changé entre-temps : l’élément de référence n’y est plus. Rechargez la liste et recommencez.',
  'conflict.accountExists':
    'Un compte existe déjà pour {{email}} : connectez-vous, ou demandez un nouveau mot de passe.',
  'conflict.importStarted': 'Cet import est déjà lancé.',
  'conflict.kitBooked': 'La malle est déjà prêtée du {{period}}.',
  'conflict.kitLoanStatus': 'Impossible : ce prêt est {{status}}.',
  'tooManyRequests.retryLater': ({ count }) =>
    `Trop de tentatives. Réessayez dans ${count} minute${Number(count) > 1 ? 's' : ''}.`,
  'tooManyRequests.listReminded': ({ count }) =>
    `Cette liste a déjà été relancée il y a moins de 24 h. Vous pourrez relancer dans ${count} heure${Number(count) > 1 ? 's' : ''}.`,
  'tooManyRequests.contactLimit': ({ count, hour = CONTACT_RATE.perHour, day = CONTACT_RATE.perDay }) =>
    `Vous avez envoyé beaucoup de messages (${hour} par heure et ${day} par jour au plus). Réessayez dans ${count} minute${Number(count) > 1 ? 's' : ''}.`,
  'notFound.exportFormat': 'Format inconnu : pdf, md, csv, ris, bib ou json.',
  'notFound.feedAddress': 'Flux inconnu : l’adresse doit finir par .atom',
  'notFound.calendarAddress': 'Calendrier inconnu : l’adresse doit finir par .ics',
  'notFound.reportShareLink': 'Ce lien de partage du rapport n’existe pas ou a été retiré.',
  'unavailable.search': 'La recherche est momentanément indisponible. Réessayez dans un instant.',
  'unavailable.pdfChromium':
    'Le PDF demande Chromium ({{path}}, variable CHROMIUM_PATH) ; la page imprimable reste disponible.',
  'unavailable.pdfBusy': 'Trop de PDF sont en cours de préparation ; réessayez dans quelques secondes.',
  'badUserInput.linkInvalid': 'Cette adresse n’est pas une adresse web complète (https://…).',
  'badUserInput.linkScheme':
    'Seules les adresses web (http:// ou https://) peuvent être lues : « {{scheme}} » n’est pas accepté.',
  'badUserInput.linkPrivateAddress': 'L’adresse {{host}} mène à un réseau privé ou local : le serveur ne la lit pas.',
  'badUserInput.linkTooManyRedirects': 'La page redirige plus de {{count}} fois : lecture abandonnée.',
  'badUserInput.linkTooLarge': 'La page dépasse {{size}} : lecture abandonnée.',
  'badUserInput.isbnChecksum': 'Cet ISBN est mal formé : sa clé de contrôle ne correspond pas.',
  'badUserInput.fileTooLarge': 'Fichier trop volumineux : {{count}} Mo au plus par fichier.',
  'badUserInput.fileType': 'Type de fichier refusé : seuls {{types}} sont acceptés.',
  'badUserInput.fileIncomplete':
    'Téléversement incomplet : il manque {{count}} partie(s) ; renvoyez-les puis terminez.',
  'badUserInput.filePart': 'Partie refusée : numéro de 1 à {{count}}, de {{size}} octets exactement.',
  'badUserInput.fileFormat': 'Envoyez les octets du fichier en application/octet-stream.',
  'conflict.duplicateUrl': 'Une ressource a déjà cette adresse : « {{title}} ». Confirmez pour enregistrer quand même.',
  'notFound.doi': 'Aucune publication ne correspond au DOI « {{key}} ».',
  'notFound.isbn': 'Aucun livre ne correspond à l’ISBN « {{key}} ».',
  'unavailable.linkTimeout': 'La page n’a pas répondu en {{count}} secondes : réessayez, ou remplissez le formulaire.',
  'unavailable.linkUnreachable': 'La page est injoignable ({{host}}) : vérifiez l’adresse.',
  'unavailable.linkStatus': 'La page a répondu par une erreur (HTTP {{status}}).',
  'unavailable.lookup': 'Le service {{service}} ne répond pas : réessayez plus tard, ou remplissez le formulaire.',
  'internal.unexpected': 'Une erreur inattendue est survenue. Réessayez dans un instant.',
};

/** The French message for a reason and its params. */
export function serverMessage(reason: ErrorReason, params: ErrorParams = {}): string {
  const template = SERVER_MESSAGES[reason];
  if (typeof template === 'function') return template(params);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
