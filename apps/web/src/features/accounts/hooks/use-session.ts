import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { SignOutEverywhereMutation, SignOutMutation } from '../graphql/sign-out.documents';

/**
 * After signing in or out, everything cached may be wrong (search results depend on who asks):
 * empty the cache and refetch the queries on screen. A refetch that fails is the page's business,
 * not a failure of the sign-in itself.
 */
export function useResetSession() {
  const client = useApolloClient();
  return async () => {
    try {
      await client.resetStore();
    } catch {
      // shown by the query that failed
    }
  };
}

/** After signing out: the sign-in page with a confirmation, then a fresh cache. */
function useAfterSignOut() {
  const navigate = useNavigate();
  const resetSession = useResetSession();
  return async () => {
    // Leave the page first: a page for signed-in people would otherwise send the person to the
    // sign-in page with a way back to a page they can no longer see.
    await navigate('/connexion', { state: { signedOut: true } });
    await resetSession();
  };
}

/** Sign out of this browser. Throws the API's error. */
export function useSignOut() {
  const afterSignOut = useAfterSignOut();
  const [signOut, state] = useMutation(SignOutMutation);
  const run = async () => {
    await signOut();
    await afterSignOut();
  };
  return [run, state] as const;
}

/** Sign out of every browser and device, this one included. Throws the API's error. */
export function useSignOutEverywhere() {
  const afterSignOut = useAfterSignOut();
  const [signOutEverywhere, state] = useMutation(SignOutEverywhereMutation);
  const run = async () => {
    await signOutEverywhere();
    await afterSignOut();
  };
  return [run, state] as const;
}
