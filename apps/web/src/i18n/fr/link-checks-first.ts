/** The broken-link notice on a resource's page (the curators' list in link-checks.ts). */
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
};
