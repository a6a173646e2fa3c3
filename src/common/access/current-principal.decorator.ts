import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { AuthenticatedRequest, Principal } from './authenticated-member';

export function requestOf(
  ctx: ExecutionContext,
): AuthenticatedRequest & { headers: Record<string, string | string[] | undefined>; ip?: string } {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext().req;
  return ctx.switchToHttp().getRequest();
}

/** The caller, as established by the PolicyGuard (null only on public endpoints). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | null => {
    if (ctx.getType<string>() === 'ws') return ctx.switchToWs().getClient().data?.principal ?? null;
    return requestOf(ctx).principal ?? null;
  },
);
