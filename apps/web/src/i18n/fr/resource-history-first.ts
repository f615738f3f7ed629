/** The history link on a resource's page (the history and the bin in resource-history.ts). */
export const resourceHistory = {
  history: {
    link: 'Historique des modifications',
  },
};
