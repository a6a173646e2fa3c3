import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest, Principal } from './authenticated-member';

/** A socket.io client as far as the guards read it: the gateway puts the principal on its data. */
export interface WsClient {
  data?: { principal?: Principal };
}

type HttpRequest = AuthenticatedRequest & {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
};

export function requestOf(ctx: ExecutionContext): HttpRequest {
  if (ctx.getType<string>() === 'graphql')
    return GqlExecutionContext.create(ctx).getContext<{ req: HttpRequest }>().req;
  return ctx.switchToHttp().getRequest<HttpRequest>();
}

/** The caller, as established by the PolicyGuard (null only on public endpoints). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | null => {
    if (ctx.getType<string>() === 'ws')
      return ctx.switchToWs().getClient<WsClient>().data?.principal ?? null;
    return requestOf(ctx).principal ?? null;
  },
);
