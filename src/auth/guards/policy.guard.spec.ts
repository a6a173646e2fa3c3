import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError } from '../../common/errors/app-error';
import { Allow } from '../../common/access/policy.decorator';
import type { Principal } from '../../common/access/authenticated-member';
import { OrganisationKind } from '../../organisations/organisation.enums';
import { OrganisationRole, PlatformRole } from '../../members/member.enums';
import { PolicyGuard } from './policy.guard';

// `this: void`: the tests hand these methods around as the guard sees them (as references).
class Handlers {
  noPolicy(this: void) {}
  @Allow.public()
  open(this: void) {}
}

function httpContext(handler: () => void): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => ({ headers: {} }) }),
  } as unknown as ExecutionContext;
}

const principal = (p: Partial<Principal>): Principal => ({
  memberId: 'm',
  sessionId: 's',
  organisationId: 'o',
  organisationKind: OrganisationKind.MUNICIPALITY,
  organisationRole: OrganisationRole.MEMBER,
  platformRole: PlatformRole.USER,
  displayName: 'x',
  handle: 'x',
  mfaPending: false,
  ...p,
});

describe('PolicyGuard', () => {
  const guard = new PolicyGuard(
    new Reflector(),
    { fromAccessToken: () => Promise.resolve(null) } as never,
    { record: () => Promise.resolve() } as never,
  );

  it('denies an endpoint that declares no policy', async () => {
    await expect(guard.canActivate(httpContext(Handlers.prototype.noPolicy))).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
  });

  it('lets a public endpoint through without a login', async () => {
    await expect(guard.canActivate(httpContext(Handlers.prototype.open))).resolves.toBe(true);
  });

  it('applies role, kind and MFA rules', () => {
    expect(PolicyGuard.denialReason({ platformRoles: [PlatformRole.ADMIN] }, principal({}))).toBe(
      'platform role',
    );
    expect(
      PolicyGuard.denialReason(
        { platformRoles: [PlatformRole.ADMIN] },
        principal({ platformRole: PlatformRole.ADMIN }),
      ),
    ).toBeNull();
    expect(PolicyGuard.denialReason({ organisationAdmin: true }, principal({}))).toBe(
      'organisation role',
    );
    expect(
      PolicyGuard.denialReason(
        { organisationAdmin: true },
        principal({ organisationRole: OrganisationRole.ORG_ADMIN }),
      ),
    ).toBeNull();
    expect(
      PolicyGuard.denialReason({ participantKinds: [OrganisationKind.CERT] }, principal({})),
    ).toBe('participant kind');
    expect(PolicyGuard.denialReason({}, principal({ mfaPending: true }))).toBe('mfa');
    expect(
      PolicyGuard.denialReason({ allowMfaPending: true }, principal({ mfaPending: true })),
    ).toBeNull();
    expect(new AppError('FORBIDDEN', 'x').code).toBe('FORBIDDEN');
  });
});
