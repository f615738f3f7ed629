/** Adding a resource to a list, and a resource's meetings (the rest of the reading lists is in reading-lists.ts). */
export const readingLists = {
  readingLists: {
    addToList: {
      title: 'Ajouter à une liste de lecture',
      // Under each search result: the visible words come first, then (for assistive technologies) which resource.
      open: 'Ajouter à une liste<hidden> de lecture\u00a0: «\u00a0{{title}}\u00a0»</hidden>',
      list: 'Liste de lecture',
      choose: '— Choisir une liste —',
      alreadyIn: '{{title}} (déjà ajoutée)',
      alreadyInLists: 'Déjà dans\u00a0:',
      note: 'Note (facultative)',
      noteHint: 'Pourquoi la lire, ce qu’il faut y regarder.',
      submit: 'Ajouter',
      submitting: 'Ajout…',
      failed: 'La ressource n’a pas été ajoutée',
      added: 'Ajoutée à «\u00a0<list>{{title}}</list>\u00a0».',
      none: 'Vous n’avez pas encore de liste de lecture où l’ajouter.',
      allHave: 'Cette ressource est déjà dans toutes vos listes.',
      create: 'Créer une liste',
      loadError: 'Vos listes de lecture n’ont pas pu être chargées.',
    },
    page: {
      meeting: '<event>{{title}}</event>, {{date}}',
      meetingsFor: 'Pour\u00a0:',
    },
  },
};
