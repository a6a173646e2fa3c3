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
  private readonly policies = new WeakMap<
    object,
    WeakMap<object, { spec: PolicySpec | undefined; endpoint: string }>
  >();

  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const { spec, endpoint } = this.policyOf(ctx.getClass(), ctx.getHandler());
    if (!spec) {
      this.logger.error(`Denied ${endpoint}: no access policy declared`);
      throw forbidden();
    }
    if (spec.public) return true;

    const principal = this.knownPrincipal(ctx) ?? (await this.principalOf(ctx));
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

  /**
   * The declared policy of a handler, looked up once per class and handler: the guard runs for
   * every nested field of every response (a topic page of 20 posts: 43 times), and the metadata
   * is fixed when the app starts. The rule itself is still evaluated on every call.
   */
  private policyOf(
    cls: object,
    handler: object,
  ): { spec: PolicySpec | undefined; endpoint: string } {
    let byHandler = this.policies.get(cls);
    if (!byHandler) this.policies.set(cls, (byHandler = new WeakMap()));
    let entry = byHandler.get(handler);
    if (!entry) {
      entry = {
        spec: this.reflector.getAllAndOverride<PolicySpec | undefined>(POLICY_KEY, [
          handler as () => void,
          cls as () => void,
        ]),
        endpoint: `${(cls as { name: string }).name}.${(handler as { name: string }).name}`,
      };
      byHandler.set(handler, entry);
    }
    return entry;
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

  /**
   * The principal of this HTTP request once it has been loaded (the first guarded field waits for
   * it, every later field of the same request reads it without another await). Per request only:
   * the next request checks session and member in the database again, so revocation acts at once.
   * Bound to the promise it came from: signing in within a request replaces the promise.
   */
  private knownPrincipal(ctx: ExecutionContext): Principal | null {
    if (ctx.getType<string>() === 'ws') return null;
    const req = requestOf(ctx) as PrincipalRequest;
    const known = req.principalLoaded;
    return known && known.from === req.principalPromise ? known.principal : null;
  }

  /** Loaded once per request and reused by every field resolver of that request. */
  private async principalOf(ctx: ExecutionContext): Promise<Principal | null> {
    if (ctx.getType<string>() === 'ws')
      return ctx.switchToWs().getClient<WsClient>().data?.principal ?? null;
    const req = requestOf(ctx) as PrincipalRequest;
    const pending = (req.principalPromise ??= this.principals.fromAccessToken(
      bearerToken(req.headers.authorization),
    ));
    req.principal = await pending;
    if (req.principal && req.principalPromise === pending)
      req.principalLoaded = { from: pending, principal: req.principal };
    return req.principal;
  }
}

type PrincipalRequest = ReturnType<typeof requestOf> & {
  principalPromise?: Promise<Principal | null>;
  principalLoaded?: { from: Promise<Principal | null>; principal: Principal };
};
