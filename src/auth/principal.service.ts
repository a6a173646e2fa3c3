import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { OrganisationKind } from '../organisations/organisation.enums';
import { PlatformRole } from '../members/member.enums';
import { TokenService } from './token.service';

export const REQUIRE_TOTP_FOR_ALL = 'require_totp_for_all';

/** CERT staff and ADMINs always need a second factor; everyone else when an ADMIN requires it. */
export function totpRequired(
  kind: OrganisationKind,
  role: PlatformRole,
  requiredForAll: boolean,
): boolean {
  return requiredForAll || kind === OrganisationKind.CERT || role === PlatformRole.ADMIN;
}

@Injectable()
export class PrincipalService {
  constructor(
    private readonly tokens: TokenService,
    private readonly db: DataSource,
  ) {}

  /**
   * Resolves a bearer token to the caller, checked against the database on every request in one
   * statement, so that a disabled member or a revoked session stops working at once.
   */
  async fromAccessToken(token: string | undefined | null): Promise<Principal | null> {
    if (!token) return null;
    const claims = this.tokens.verifyAccessToken(token);
    if (!claims) return null;
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT m.id, m.organisation_id, o.kind, m.organisation_role, m.platform_role, m.display_name, m.handle,
              m.totp_enabled_at IS NOT NULL AS totp_enabled,
              COALESCE((SELECT value = 'true'::jsonb FROM security_settings WHERE key = $3), false) AS totp_for_all
         FROM sessions s
         JOIN members m ON m.id = s.member_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE s.id = $1 AND m.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'`,
      [claims.sid, claims.sub, REQUIRE_TOTP_FOR_ALL],
    );
    const row = rows[0];
    if (!row) return null;
    const kind = row.kind as OrganisationKind;
    const platformRole = row.platform_role as PlatformRole;
    return {
      memberId: row.id as string,
      sessionId: claims.sid,
      organisationId: row.organisation_id as string,
      organisationKind: kind,
      organisationRole: row.organisation_role as Principal['organisationRole'],
      platformRole,
      displayName: row.display_name as string,
      handle: row.handle as string,
      mfaPending:
        !row.totp_enabled && totpRequired(kind, platformRole, row.totp_for_all as boolean),
    };
  }
}

export function bearerToken(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}
