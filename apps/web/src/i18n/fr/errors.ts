/**
 * The API's errors by reason (`extensions.reason`, listed in libs/shared error-reasons.ts), with its `params`.
 * Identical to the API's French messages (apps/api/src/common/errors/error-messages.ts).
 */
export const errors = {
  errors: {
    badUserInput: {
      invalid: 'Certaines valeurs ne sont pas valides.',
      nullCharacter: '{{where}} : le caractère nul (U+0000) n’est pas accepté.',
      illFormedText: '{{where}} : texte mal formé (caractère UTF-16 isolé).',
      tooLong: '{{where}} : {{count}} caractères au plus.',
      importFormat: 'Format de fichier non reconnu : RIS, BibTeX, CSL-JSON ou CSV.',
      importTooLarge: 'Fichier trop volumineux : {{count}} Mo au plus.',
      importTooManyRecords: 'Trop de notices : {{count}} au plus par fichier.',
      importEmpty: 'Le fichier ne contient aucune notice.',
    },
    notFound: {
      resource: 'La ressource « {{key}} » est introuvable.',
      readingList: 'La liste de lecture « {{key}} » est introuvable.',
      readingListItem: 'L’élément de liste « {{key}} » est introuvable.',
      event: 'L’événement « {{key}} » est introuvable.',
      member: 'Le membre « {{key}} » est introuvable.',
      person: 'La personne « {{key}} » est introuvable.',
      organisation: 'La structure « {{key}} » est introuvable.',
      theme: 'Le thème « {{key}} » est introuvable.',
      comment: 'Le commentaire « {{key}} » est introuvable.',
      debrief: 'Le retour d’atelier « {{key}} » est introuvable.',
      job: 'La tâche « {{key}} » est introuvable.',
      failedJob: 'La tâche en échec « {{key}} » est introuvable.',
      synonymGroup: 'Le groupe de synonymes « {{key}} » est introuvable.',
      import: 'L’import « {{key}} » est introuvable.',
      passwordResetLink: 'Le lien de réinitialisation « fourni (déjà utilisé ou expiré) » est introuvable.',
      invitation: 'L’invitation « fournie (déjà utilisée ou expirée) » est introuvable.',
      exportFormat: 'Format inconnu : pdf, md, csv, ris, bib ou json.',
      feedAddress: 'Flux inconnu : l’adresse doit finir par .atom',
      calendarAddress: 'Calendrier inconnu : l’adresse doit finir par .ics',
    },
    forbidden: {
      default: 'Vous n’avez pas les droits pour cette action.',
      adminOnly: 'Réservé aux administrateur·rices.',
      debriefEditor: 'Seuls son auteur·rice et les coordinateur·rices peuvent modifier ce retour d’atelier.',
      vocabularyAdmin: 'Seuls les administrateur·rices modifient le vocabulaire.',
      eventEditor: 'Les événements sont créés et modifiés par les coordinateur·rices et les administrateur·rices.',
      resourceEditor: 'Seuls la personne qui l’a partagée et les coordinateur·rices peuvent modifier cette ressource.',
      commentAuthor: 'Seul·e son auteur·rice peut modifier ce commentaire.',
      reportOwnComment: 'Vous ne pouvez pas signaler votre propre commentaire.',
      moderator: 'La modération est réservée aux coordinateur·rices et aux administrateur·rices.',
      devMailbox: 'La boîte de développement n’existe pas en production.',
      inviteRole: 'Vous ne pouvez pas inviter une personne avec ce rôle.',
      ownAdminRole: 'Vous ne pouvez pas retirer votre propre rôle d’administrateur·rice.',
      listEditor: 'Seuls la personne qui la prépare et ses collaborateur·rices modifient cette liste.',
      listCurator: 'Seule la personne qui prépare cette liste peut faire cela.',
      themeManager: 'Seuls les coordinateur·rices et les administrateur·rices gèrent les thèmes.',
      importer: 'Les imports sont réservés aux coordinateur·rices et aux administrateur·rices.',
    },
    unauthenticated: {
      signInRequired: 'Connectez-vous pour continuer.',
      badCredentials: 'Adresse électronique ou mot de passe incorrect.',
    },
    conflict: {
      listChanged:
        'La liste a changé entre-temps : l’élément de référence n’y est plus. Rechargez la liste et recommencez.',
      accountExists: 'Un compte existe déjà pour {{email}} : connectez-vous, ou demandez un nouveau mot de passe.',
      importStarted: 'Cet import est déjà lancé.',
    },
    tooManyRequests: {
      retryLater_one: 'Trop de tentatives. Réessayez dans {{count}} minute.',
      retryLater_other: 'Trop de tentatives. Réessayez dans {{count}} minutes.',
    },
    unavailable: {
      search: 'La recherche est momentanément indisponible. Réessayez dans un instant.',
      pdfChromium: 'Le PDF demande Chromium ({{path}}, variable CHROMIUM_PATH) ; la page imprimable reste disponible.',
      pdfBusy: 'Trop de PDF sont en cours de préparation ; réessayez dans quelques secondes.',
    },
    internal: { unexpected: 'Une erreur inattendue est survenue. Réessayez dans un instant.' },
  },
};
