import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditService } from '../../audit/audit.service';
import type { Principal } from '../../common/access/authenticated-member';
import { requestOf, type WsClient } from '../../common/access/current-principal.decorator';
import { POLICY_KEY, PolicySpec } from '../../common/access/policy.decorator';
import { forbidden, unauthenticated } from '../../common/errors/app-error';
import { OrganisationRole, PlatformRole } from '../../members/member.enums';
import { bearerToken, PrincipalService } from '../principal.service';

/**
 * The global guard: every endpoint is denied unless it declares a policy (default deny).
 * Object-level rules (may this member see this topic?) live in the services.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const spec = this.reflector.getAllAndOverride<PolicySpec | undefined>(POLICY_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    const endpoint = `${ctx.getClass().name}.${ctx.getHandler().name}`;
    if (!spec) {
      this.logger.error(`Denied ${endpoint}: no access policy declared`);
      throw forbidden();
    }
    if (spec.public) return true;

    const principal = await this.principalOf(ctx);
    if (!principal) throw unauthenticated();
    const denial = PolicyGuard.denialReason(spec, principal);
    if (denial) {
      await this.audit.record({
        actorId: principal.memberId,
        action: 'permission.denied',
        details: { endpoint, reason: denial },
      });
      throw forbidden(
        denial === 'mfa' ? 'Bitte richten Sie zuerst den zweiten Faktor (TOTP) ein.' : undefined,
      );
    }
    return true;
  }

  static denialReason(spec: PolicySpec, p: Principal): string | null {
    if (p.mfaPending && !spec.allowMfaPending) return 'mfa';
    const admin = p.platformRole === PlatformRole.ADMIN;
    if (spec.platformRoles && !spec.platformRoles.includes(p.platformRole)) return 'platform role';
    if (spec.organisationAdmin && !admin && p.organisationRole !== OrganisationRole.ORG_ADMIN)
      return 'organisation role';
    if (spec.participantKinds && !admin && !spec.participantKinds.includes(p.organisationKind))
      return 'participant kind';
    return null;
  }

  /** Loaded once per request and reused by every field resolver of that request. */
  private async principalOf(ctx: ExecutionContext): Promise<Principal | null> {
    if (ctx.getType<string>() === 'ws')
      return ctx.switchToWs().getClient<WsClient>().data?.principal ?? null;
    const req = requestOf(ctx) as ReturnType<typeof requestOf> & {
      principalPromise?: Promise<Principal | null>;
    };
    req.principalPromise ??= this.principals.fromAccessToken(
      bearerToken(req.headers.authorization),
    );
    req.principal = await req.principalPromise;
    return req.principal;
  }
}
