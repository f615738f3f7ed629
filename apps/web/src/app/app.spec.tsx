import { ApolloClient, ApolloLink, InMemoryCache, Observable } from '@apollo/client';
import { render, waitFor } from '@testing-library/react';
import { createI18n } from '../i18n/i18n';
import { fr } from '../i18n/fr';
import { App } from './app';

/** A network that never answers: the test is about when the app lifts the preloaded answers' priority. */
const silent = new ApolloLink(() => new Observable(() => undefined));

describe('App', () => {
  it('gives the preloaded answers priority for its first render only (restorePreloaded sets it), then queries follow their policy', async () => {
    const client = new ApolloClient({ link: silent, cache: new InMemoryCache() });
    client.prioritizeCacheValues = true;
    const { unmount } = render(<App client={client} i18n={createI18n({ fr })} />);
    await waitFor(() => expect(client.prioritizeCacheValues).toBe(false));
    unmount();
  });
});
