/** The account menu and the form checks of the first download (the rest of accounts in accounts.ts). */
export const accounts = {
  accounts: {
    nav: {
      label: 'Votre compte',
      signIn: 'Se connecter',
      profile: 'Mon profil',
      bookmarks: 'Mes favoris',
      invite: 'Inviter une personne',
      members: 'Administration des membres',
      organisations: 'Structures du réseau',
      themes: 'Thèmes',
      auditLog: 'Journal d’audit',
      moderation: 'Modération des commentaires',
      jobs: 'Tâches en échec',
      status: 'État du service',
      bin: 'Corbeille des ressources',
      brokenLinks: 'Liens cassés',
      imports: 'Importer une bibliographie',
      follows: 'Mes abonnements',
      signOut: 'Se déconnecter',
      signingOut: 'Déconnexion…',
      signOutError: 'La déconnexion a échoué\u00a0: {{message}}',
    },
    issues: {
      required: 'Ce champ est obligatoire.',
      email: 'Indiquez une adresse électronique valide, par exemple prenom.nom@exemple.org.',
      passwordMin: 'Le mot de passe doit contenir au moins {{min}}\u00a0caractères.',
      passwordMismatch: 'Les deux mots de passe ne sont pas identiques.',
      currentPasswordWrong: 'Le mot de passe actuel n’est pas le bon.',
    },
  },
};
