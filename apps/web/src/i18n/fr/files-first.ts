/** The files on a resource's page (the form's field in files.ts). */
export const files = {
  files: {
    list: {
      title: 'Fichiers',
      main: 'Fichier principal',
      download: 'Télécharger',
      open: 'Ouvrir',
      newTab: '(nouvel onglet)',
      thumbnailAlt: 'Première page de {{name}}',
      text: {
        pending: 'Texte en cours d’extraction',
        image_only: 'PDF image\u00a0: texte non extrait',
        failed: 'Texte non extrait\u00a0: {{message}}',
      },
      pages_one: '{{count}}\u00a0page',
      pages_other: '{{count}}\u00a0pages',
    },
  },
};
