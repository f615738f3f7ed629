import { TestApi, startTestApi } from '../../../test/api-harness';

/** What the web app translates: every domain error carries a stable reason and its params next to its code. */
describe('GraphQL errors carry a reason and params', () => {
  let api: TestApi;
  const first = (result: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) => result.errors![0];

  beforeAll(async () => {
    api = await startTestApi({ indexer: false });
  });
  afterAll(() => api.close());

  it('a missing resource: NOT_FOUND, reason notFound.resource, its slug as param, the French message', async () => {
    const error = first(await api.gql(`query($slug: String!) { resource(slug: $slug) { id } }`, { slug: 'mon-slug' }));
    expect(error.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'notFound.resource',
      params: { key: 'mon-slug' },
    });
    expect(error.message).toBe('La ressource « mon-slug » est introuvable.');
  });

  it('a null character, refused before execution, carries its reason and where it was', async () => {
    const error = first(await api.gql(`query($slug: String!) { resource(slug: $slug) { id } }`, { slug: 'a\u0000b' }));
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'badUserInput.nullCharacter',
      params: { where: 'variables.slug' },
    });
    expect(error.message).toBe('variables.slug : le caractère nul (U+0000) n’est pas accepté.');
  });

  it('signed out: UNAUTHENTICATED with reason unauthenticated.signInRequired and no params', async () => {
    api.signOut();
    const error = first(await api.gql(`mutation { toggleReaction(resourceSlug: "mon-slug", kind: useful) { kind } }`));
    expect(error.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'unauthenticated.signInRequired',
      params: {},
    });
  });
});
