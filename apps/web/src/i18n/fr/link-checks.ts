/** The weekly broken-link check: the notice on a resource's page and the curators' list. */
export const linkChecks = {
  linkStatus: {
    brokenSince: 'Ce lien semble cassé depuis le {{date}}.',
    editHint: 'Vous pouvez <edit>modifier la ressource</edit> pour corriger son adresse.',
    reasons: {
      HTTP_STATUS: 'Le site répond par une erreur ({{status}}).',
      HTTP_STATUS_unknown: 'Le site répond par une erreur.',
      TIMEOUT: 'Le site ne répond pas à temps.',
      UNREACHABLE: 'Le site est injoignable.',
      PRIVATE_ADDRESS: 'L’adresse mène à un réseau privé, que nous ne consultons pas.',
      TOO_MANY_REDIRECTS: 'L’adresse renvoie vers trop de redirections.',
      INVALID_URL: 'L’adresse n’est pas une adresse web valide.',
    },
  },
  brokenLinks: {
    title: 'Liens cassés',
    intro:
      'Chaque semaine, les adresses des ressources sont vérifiées. Celles qui ne répondent plus deux fois de suite sont listées ici, la plus ancienne d’abord\u00a0; leurs contributeur·rices ont été prévenu·es.',
    loading: 'Chargement des liens cassés…',
    error: 'La liste des liens cassés n’a pas pu être chargée.',
    empty: 'Aucun lien cassé\u00a0: toutes les adresses vérifiées répondent.',
    caption_one: '{{count}}\u00a0lien cassé affiché',
    caption_other: '{{count}}\u00a0liens cassés affichés',
    columns: {
      resource: 'Ressource',
      url: 'Adresse',
      since: 'Cassé depuis le',
      reason: 'Raison',
      contributor: 'Contributeur·rice',
    },
    unknown: '—',
    more: 'Voir plus',
    loadingMore: 'Chargement…',
    moreError: 'La suite n’a pas pu être chargée\u00a0: {{message}}',
  },
};
