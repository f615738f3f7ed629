/** The weekly broken-link check: the curators' list (the notice on a resource's page is in link-checks-first.ts). */
export const linkChecks = {
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
