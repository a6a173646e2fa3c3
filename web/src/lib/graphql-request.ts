import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql/language/printer';
import { useCallback, useState } from 'react';
import { CLIENT_HEADERS, session } from './session';

/**
 * A GraphQL error answer, shaped like Apollo's CombinedGraphQLErrors (`errors` with
 * `extensions.code`), so describeError() maps both the same way.
 */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: { message: string; extensions?: Record<string, unknown> }[]) {
    super(errors[0]?.message ?? 'GraphQL error');
    this.name = 'GraphQLRequestError';
  }
}

/** An HTTP answer without a GraphQL body (proxy error, 5xx). */
export class HttpStatusError extends Error {
  constructor(readonly statusCode: number) {
    super(`HTTP ${statusCode}`);
    this.name = 'HttpStatusError';
  }
}

/**
 * One GraphQL request without Apollo, for the pages before and around sign-in (Anmeldung,
 * Einladung, TOTP enrolment): they stay small and need no cache. Member pages use Apollo.
 */
export async function graphqlRequest<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const token = session.getState().status === 'signed-in' ? await session.validToken() : null;
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      ...CLIENT_HEADERS,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  let body: { data?: TData | null; errors?: GraphQLRequestError['errors'] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new HttpStatusError(response.status);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new HttpStatusError(response.status);
  return body.data;
}

/** `const [run, { loading }] = useGraphqlMutation(Doc)`; `run(vars)` resolves data or throws. */
export function useGraphqlMutation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  const [loading, setLoading] = useState(false);
  const run = useCallback(
    async (variables?: TVariables) => {
      setLoading(true);
      try {
        return await graphqlRequest(document, variables);
      } finally {
        setLoading(false);
      }
    },
    [document],
  );
  return [run, { loading }] as const;
}
