import { describe, expect, it, vi } from 'vitest';
import { REFRESH_MARGIN_MS, SessionStore } from './session';

const payload = (token: string, expiresAt: string) => ({
  accessToken: token,
  accessTokenExpiresAt: expiresAt,
  totpSetupRequired: false,
  memberId: 'm1',
});

function response(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), { status });
}

describe('SessionStore: the browser session', () => {
  it('starts unknown; a 204 refresh (no cookie) means signed out without an explanation', async () => {
    const fetch = vi.fn().mockResolvedValue(response(204));
    const s = new SessionStore(fetch);
    expect(s.getState().status).toBe('unknown');
    expect(await s.refresh()).toBe(false);
    expect(s.getState()).toMatchObject({
      status: 'signed-out',
      endReason: null,
      accessToken: null,
    });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/auth/refresh');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(init.headers).toEqual({ 'X-Sicherheitsnetz-Client': 'web' });
  });

  it('returns the token while it is valid, refreshes silently shortly before expiry', async () => {
    let now = Date.parse('2026-01-01T10:00:00Z');
    const fetch = vi.fn().mockResolvedValue(response(200, payload('t2', '2026-01-01T10:30:00Z')));
    const s = new SessionStore(fetch, () => now);
    s.signedIn(payload('t1', '2026-01-01T10:15:00Z'));
    expect(await s.validToken()).toBe('t1');
    expect(fetch).not.toHaveBeenCalled();
    now = Date.parse('2026-01-01T10:15:00Z') - REFRESH_MARGIN_MS + 1000;
    expect(await s.validToken()).toBe('t2');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(s.getState().status).toBe('signed-in');
  });

  it('shares one refresh between concurrent callers (the refresh token is single use)', async () => {
    let resolve!: (r: Response) => void;
    const fetch = vi.fn().mockReturnValue(new Promise<Response>((r) => (resolve = r)));
    const s = new SessionStore(fetch, () => 0);
    const a = s.validToken();
    const b = s.validToken();
    const c = s.refresh();
    resolve(response(200, payload('t9', '2099-01-01T00:00:00Z')));
    expect(await Promise.all([a, b, c])).toEqual(['t9', 't9', true]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('an ended session (401) signs out with the reason "ended" and notifies listeners', async () => {
    const fetch = vi.fn().mockResolvedValue(response(401, { code: 'UNAUTHENTICATED' }));
    const s = new SessionStore(fetch, () => 0);
    s.signedIn(payload('t1', '1970-01-01T00:00:10Z'));
    const listener = vi.fn();
    s.subscribe(listener);
    expect(await s.validToken()).toBeNull();
    expect(s.getState()).toMatchObject({
      status: 'signed-out',
      endReason: 'ended',
      accessToken: null,
    });
    expect(listener).toHaveBeenCalled();
    // Signed out: no further refresh attempts for every request.
    expect(await s.validToken()).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a missing cookie while signed in (cleared elsewhere) also counts as ended', async () => {
    const s = new SessionStore(vi.fn().mockResolvedValue(response(204)), () => 0);
    s.signedIn(payload('t1', '1970-01-01T00:00:10Z'));
    expect(await s.refresh()).toBe(false);
    expect(s.getState().endReason).toBe('ended');
  });

  it('keeps the session on network errors and server errors (not an ended session)', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(response(503));
    const s = new SessionStore(fetch, () => 0);
    s.signedIn(payload('t1', '2099-01-01T00:00:00Z'));
    expect(await s.refresh()).toBe(true);
    expect(await s.refresh()).toBe(true);
    expect(s.getState()).toMatchObject({ status: 'signed-in', accessToken: 't1' });
  });

  it('signing out here says so; TOTP enrolment clears the pending flag', () => {
    const s = new SessionStore(vi.fn(), () => 0);
    s.signedIn({ ...payload('t1', '2099-01-01T00:00:00Z'), totpSetupRequired: true });
    s.totpEnrolled();
    expect(s.getState().totpSetupRequired).toBe(false);
    s.end('signed-out');
    expect(s.getState()).toMatchObject({
      status: 'signed-out',
      endReason: 'signed-out',
      memberId: null,
    });
  });

  it('a session that ends while this tab signs out counts as signed out, not as ended elsewhere', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(
        response(200, payload('t1', new Date(Date.now() + 600_000).toISOString())),
      )
      .mockResolvedValueOnce(response(401));
    const s = new SessionStore(fetch);
    expect(await s.refresh()).toBe(true);
    s.beginSignOut();
    // A query answered UNAUTHENTICATED after the logout: its refresh finds the cookie revoked.
    expect(await s.refresh()).toBe(false);
    expect(s.getState()).toMatchObject({ status: 'signed-out', endReason: 'signed-out' });
  });
});
