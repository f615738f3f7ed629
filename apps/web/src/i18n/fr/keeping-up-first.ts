/** The follow button and the notifications link of the first download (the rest in keeping-up.ts). */
export const keepingUp = {
  follows: {
    follow: 'Suivre<hidden> {{label}}</hidden>',
    following: 'Suivi<hidden> {{label}}</hidden>',
    followed: 'Vous suivez désormais {{label}}.',
    unfollowed: 'Vous ne suivez plus {{label}}.',
    error: 'L’abonnement n’a pas été modifié\u00a0: {{message}}',
  },
  notifications: {
    link: 'Notifications',
    unreadSuffix_one: ' non lue',
    unreadSuffix_other: ' non lues',
  },
};
