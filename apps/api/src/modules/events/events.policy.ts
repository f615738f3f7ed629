import type { Actor } from '../../common/auth/actor';

const isCurator = (actor: Actor | null) => actor?.role === 'coordinator' || actor?.role === 'admin';

/** Public events are seen by everyone, network ones by members; coordinators and admins create and edit them; members answer. */
export const eventsPolicy = {
  canView: (actor: Actor | null, event: { visibility: string }) => event.visibility === 'public' || actor !== null,
  canEdit: (actor: Actor | null) => isCurator(actor),
  canRsvp: (actor: Actor | null) => actor !== null,
  sqlVisible: (actor: Actor | null, alias: string) => (actor ? 'TRUE' : `${alias}.visibility = 'public'`),
};
