import type { Role } from '../generated/graphql';
import { ViewerQuery } from '../shared/viewer/viewer.documents';

/** The signed-in person as the API describes them (Camille Durand, a member unless told). */
export const viewer = (role: Role = 'member') => ({
  __typename: 'Viewer' as const,
  id: '7',
  slug: 'camille-durand',
  name: 'Camille Durand',
  email: 'camille.durand@example.org',
  role,
  title: null,
  organisation: null,
  expertise: [],
});

/** The answer to the app's one « who is there » query: a visitor with null. */
export const viewerMock = (role: Role | null = 'member') => ({
  request: { query: ViewerQuery },
  result: { data: { viewer: role === null ? null : viewer(role) } },
});
