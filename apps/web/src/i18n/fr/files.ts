/** Files of a resource: the form's field, upload in parts (the list on the resource page is in files-first.ts). */
export const files = {
  files: {
    field: {
      legend: 'Fichiers',
      hint: 'Types acceptés\u00a0: {{types}}. Le type est vérifié d’après le contenu du fichier.',
      choose: 'Ajouter des fichiers',
      drop: 'Vous pouvez aussi déposer des fichiers ici.',
      listLabel: 'Fichiers joints',
      progress: 'Envoi de {{name}}',
      sent: 'Envoyé',
      failed: 'Envoi de «\u00a0{{name}}\u00a0» interrompu\u00a0: {{message}}',
      refused: '«\u00a0{{name}}\u00a0» refusé\u00a0: {{message}}',
      main: 'Fichier principal',
      moveUp: 'Monter',
      moveDown: 'Descendre',
      remove: 'Retirer',
      cancel: 'Annuler l’envoi',
      resume: 'Reprendre',
      connectionLost: 'la connexion a été coupée.',
      stillUploading: 'Attendez la fin de l’envoi des fichiers avant d’enregistrer.',
      attachPdf: 'Joindre ce PDF comme fichier',
      attachingPdf: 'Récupération du PDF…',
      attachPdfFailed: 'Le PDF n’a pas pu être joint\u00a0: {{message}}',
    },
  },
};
