import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, Observable } from 'rxjs';
import { CLIENT_HEADERS, session, type SessionStore } from './session';

/**
 * The GraphQL client: every request carries the in-memory access token (refreshed first when it
 * is about to expire) and the browser client header (the server then sets the refresh cookie
 * instead of returning the token). An UNAUTHENTICATED answer to a request that carried a token
 * triggers one silent refresh and a retry; when the refresh fails the session has ended and the
 * app shows the sign-in page with an explanation.
 */
export function createApolloClient(store: SessionStore = session): ApolloClient {
  const auth = new ApolloLink((operation, forward) =>
    from(store.validToken()).pipe(
      mergeMap((token) => {
        operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
          headers: {
            ...headers,
            ...CLIENT_HEADERS,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        }));
        return forward(operation);
      }),
    ),
  );

  const retryOnExpiry = new ErrorLink(({ error, operation, forward }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const unauthenticated = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    const sentToken = Boolean(
      (operation.getContext().headers as Record<string, string> | undefined)?.authorization,
    );
    if (!unauthenticated || !sentToken || operation.getContext().retriedAfterRefresh) return;
    return new Observable((observer) => {
      store
        .refresh()
        .then((ok) => {
          if (!ok) {
            observer.error(error);
            return;
          }
          operation.setContext({ retriedAfterRefresh: true });
          // The auth link runs again inside forward() and picks up the new token.
          forward(operation).subscribe(observer);
        })
        .catch((e: unknown) => observer.error(e));
    });
  });

  return new ApolloClient({
    link: ApolloLink.from([
      retryOnExpiry,
      auth,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
  });
}

let shared: ApolloClient | null = null;

/**
 * The app's one client, created with the member shell (the sign-in pages do not load Apollo).
 * When the session ends, the cache of the previous member is dropped.
 */
export function appApolloClient(): ApolloClient {
  if (!shared) {
    const client = createApolloClient();
    session.subscribe(() => {
      if (session.getState().status === 'signed-out') void client.clearStore();
    });
    shared = client;
  }
  return shared;
}
