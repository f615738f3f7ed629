import type { Actor } from '../../common/auth/actor';
import { isCurator } from '../../common/auth/roles';

/**
 * The activity report is read by coordinators and admins, who also create and revoke its share links; anyone holding
 * a valid link reads that one report (period and filters fixed), with small counts suppressed. What each figure
 * counts is the same for every reader: what every member of the network sees (report-sql.ts, decision 0037).
 */
export const reportPolicy = {
  canRead: (actor: Actor | null): boolean => isCurator(actor),
  canShare: (actor: Actor | null): boolean => isCurator(actor),
};
