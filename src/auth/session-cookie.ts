import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

/**
 * Browser sessions keep the refresh token in an httpOnly cookie instead of handing it to
 * JavaScript. API clients keep receiving it in the JSON payload; a browser opts in with
 * BROWSER_CLIENT_HEADER, which is also the CSRF guard of the cookie-refresh route (a cross-site
 * form cannot set a custom header, and SameSite=Strict keeps the cookie off cross-site requests).
 */
export const REFRESH_COOKIE = 'sn_refresh';
/** The cookie is sent only to this path: the refresh and logout routes of SessionCookieController. */
export const REFRESH_COOKIE_PATH = '/auth';
export const BROWSER_CLIENT_HEADER = 'x-sicherheitsnetz-client';
export const BROWSER_CLIENT_VALUE = 'web';

export function isBrowserClient(req: Pick<Request, 'headers'>): boolean {
  return req.headers[BROWSER_CLIENT_HEADER] === BROWSER_CLIENT_VALUE;
}

/** Reads one cookie from the raw header (no cookie-parser needed for one value). */
export function readRefreshCookie(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === REFRESH_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value ? decodeURIComponent(value).slice(0, 200) : null;
    }
  }
  return null;
}

export function setRefreshCookie(res: Response, token: string, config: AppConfig): void {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.production,
    path: REFRESH_COOKIE_PATH,
    maxAge: config.refreshTokenTtlDays * 24 * 60 * 60 * 1000,
  });
}

export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.production,
    path: REFRESH_COOKIE_PATH,
  });
}
