import { Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { clientInfoOf } from '../common/access/client-info';
import { forbidden } from '../common/errors/app-error';
import { Allow } from '../common/access/policy.decorator';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { AuthService } from './auth.service';
import {
  clearRefreshCookie,
  isBrowserClient,
  readRefreshCookie,
  setRefreshCookie,
} from './session-cookie';
import { SessionsService } from './sessions.service';

/** What the browser gets from a cookie refresh: never the refresh token itself. */
export interface BrowserSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  totpSetupRequired: boolean;
  memberId: string;
}

/**
 * The browser's side of the session: the refresh token lives in an httpOnly cookie scoped to this
 * path. Both routes require the browser client header (CSRF guard, see session-cookie.ts).
 */
@Controller('auth')
export class SessionCookieController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Rotates the cookie's refresh token and answers a new access token. 204 when there is no cookie
   * (never signed in here); 401 (and the cookie cleared) when the session has ended.
   */
  @Post('refresh')
  @Allow.public()
  @HttpCode(200)
  async refresh(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<BrowserSession | undefined> {
    if (!isBrowserClient(req)) throw forbidden('Anfrage ohne Client-Kennung abgelehnt.');
    const token = readRefreshCookie(req);
    if (!token) {
      res.status(204);
      return undefined;
    }
    try {
      const tokens = await this.sessions.refresh(token, clientInfoOf(req));
      const result = await this.auth.loginResultFor(tokens);
      setRefreshCookie(res, tokens.refreshToken, this.config);
      return {
        accessToken: tokens.accessToken,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt.toISOString(),
        totpSetupRequired: result.totpSetupRequired,
        memberId: tokens.memberId,
      };
    } catch (e) {
      clearRefreshCookie(res, this.config);
      throw e;
    }
  }

  /** Forgets the cookie (the session itself ends with the `logout` mutation). */
  @Post('logout')
  @Allow.public()
  @HttpCode(204)
  clear(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    if (!isBrowserClient(req)) throw forbidden('Anfrage ohne Client-Kennung abgelehnt.');
    clearRefreshCookie(res, this.config);
  }
}
