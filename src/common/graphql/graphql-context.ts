import type { Request } from 'express';
import type { AuthenticatedRequest } from '../access/authenticated-member';

export interface GraphqlContext {
  req: Request & AuthenticatedRequest;
  res: unknown;
  /** DataLoaders of this request, created on first use (see `requestLoader`). */
  loaders: Map<string, unknown>;
}

/**
 * A DataLoader per request and purpose, created lazily so that resolvers do not need
 * request-scoped providers (which Nest would re-create for every call).
 */
export function requestLoader<T>(ctx: GraphqlContext, key: string, create: () => T): T {
  let loader = ctx.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}
