import { useQuery } from '@apollo/client/react';
import type { Role, ViewerFieldsFragment } from '../../generated/graphql';
import { DevModeQuery, ViewerQuery } from './viewer.documents';

export type Viewer = ViewerFieldsFragment;

/**
 * The signed-in person: null when signed out, undefined until the API has answered (or when it
 * could not be asked). Every component asks through this one query: the header, the guarded pages.
 */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerQuery);
  return {
    viewer: data ? data.viewer : undefined,
    loading: loading && !data,
    error: data ? undefined : error,
    refetch,
  };
}

/** The roles, from the least to the most powerful. */
export const ROLES: readonly Role[] = ['member', 'coordinator', 'admin'];

/** Coordinators and admins may invite people (the API has the last word). */
export const canInvite = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

/** Coordinators and admins manage the themes' vocabulary (the API has the last word). */
export const canManageThemes = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

/** Coordinators and admins import bibliographies and spreadsheets (the API has the last word). */
export const canImport = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

/** Coordinators and admins moderate reported comments (the API has the last word). */
export const canModerate = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

/** Coordinators and admins create, edit and delete events (the API has the last word). */
export const canOrganiseEvents = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

/** Admins manage the members' roles and read the audit log (the API has the last word). */
/** Coordinators and admins read the activity report (the API checks again). */
export const canReadReport = (role: Role | undefined): boolean => role === 'coordinator' || role === 'admin';

export const isAdmin = (role: Role | undefined): boolean => role === 'admin';

/**
 * True when the API runs in development: its development mailbox answers (it is FORBIDDEN in
 * production). Used for the demo accounts hint and the links to the mailbox.
 */
export function useDevMode(): boolean {
  const { data } = useQuery(DevModeQuery);
  return data !== undefined;
}
