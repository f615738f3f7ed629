import type { Mail } from '../mail/mailer.service';

/** How long an invitation link is valid, from its sending (or resending). */
export const INVITATION_DAYS = 14;

/** The invitation mail, the same when first sent and when resent (with a new link). */
export function invitationMail(
  publicUrl: string,
  token: string,
  { to, name, organisationName }: { to: string; name: string; organisationName: string },
): Mail {
  const link = `${publicUrl}/invitation?jeton=${encodeURIComponent(token)}`;
  return {
    to,
    subject: 'Invitation à rejoindre Culture commune',
    text: `Bonjour ${name},\n\nVous êtes invité·e à rejoindre le réseau Culture commune (${organisationName}). Pour choisir votre mot de passe, ouvrez ce lien (valable ${INVITATION_DAYS} jours) :\n${link}`,
  };
}
