/**
 * The browser session. The access token lives in this object only (memory): never in
 * localStorage, sessionStorage or a readable cookie. The refresh token is an httpOnly cookie the
 * server sets on sign-in and rotates on POST /auth/refresh; scripts never see it.
 */
export const CLIENT_HEADER = 'X-Sicherheitsnetz-Client';
export const CLIENT_HEADER_VALUE = 'web';
export const CLIENT_HEADERS = { [CLIENT_HEADER]: CLIENT_HEADER_VALUE } as const;

/** Why the member is (back) on the sign-in page. */
export type EndReason = 'ended' | 'signed-out';

export type SessionStatus = 'unknown' | 'signed-in' | 'signed-out';

export interface SessionState {
  status: SessionStatus;
  accessToken: string | null;
  /** ms since epoch */
  expiresAt: number;
  memberId: string | null;
  /** The member must set up TOTP before anything else (CERT, ADMIN, or everyone by setting). */
  totpSetupRequired: boolean;
  /** Set when a session ended without the member signing out here. */
  endReason: EndReason | null;
}

export interface SignedInPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  totpSetupRequired: boolean;
  memberId: string;
}

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 30_000;

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export class SessionStore {
  private state: SessionState = {
    status: 'unknown',
    accessToken: null,
    expiresAt: 0,
    memberId: null,
    totpSetupRequired: false,
    endReason: null,
  };
  private readonly listeners = new Set<() => void>();
  private inFlight: Promise<boolean> | null = null;
  /** Set while this tab signs out: whatever ends the session meanwhile is that sign-out. */
  private signingOut = false;

  constructor(
    private readonly fetchImpl: FetchLike = (input, init) => fetch(input, init),
    private readonly now: () => number = () => Date.now(),
  ) {}

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<SessionState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** After login, acceptInvitation or a refresh. */
  signedIn(payload: SignedInPayload): void {
    this.signingOut = false;
    this.set({
      status: 'signed-in',
      accessToken: payload.accessToken,
      expiresAt: new Date(payload.accessTokenExpiresAt).getTime(),
      memberId: payload.memberId,
      totpSetupRequired: payload.totpSetupRequired,
      endReason: null,
    });
  }

  /** TOTP was set up: the session may now do everything. */
  totpEnrolled(): void {
    this.set({ totpSetupRequired: false });
  }

  /** The session is gone: forget the token; `reason` decides the sign-in page's explanation. */
  end(reason: EndReason | null): void {
    // A request or the socket may notice the revoked session before the sign-out finishes; the
    // sign-in page must still say "abgemeldet", not "Sitzung beendet".
    if (this.signingOut && reason === 'ended') reason = 'signed-out';
    this.set({
      status: 'signed-out',
      accessToken: null,
      expiresAt: 0,
      memberId: null,
      totpSetupRequired: false,
      endReason: reason,
    });
  }

  /**
   * Exchanges the cookie for a new access token. One refresh at a time: concurrent callers share
   * it (the refresh token is single use; two parallel refreshes would look like reuse and end the
   * session). Resolves true when signed in afterwards.
   */
  refresh(): Promise<boolean> {
    if (!this.inFlight) {
      this.inFlight = this.doRefresh().finally(() => {
        this.inFlight = null;
      });
    }
    return this.inFlight;
  }

  private async doRefresh(): Promise<boolean> {
    const wasSignedIn = this.state.status === 'signed-in';
    let response: Response;
    try {
      response = await this.fetchImpl('/auth/refresh', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...CLIENT_HEADERS },
      });
    } catch {
      // Offline: keep what we have; the next action tries again.
      return this.state.status === 'signed-in';
    }
    if (response.status === 200) {
      this.signedIn((await response.json()) as SignedInPayload);
      return true;
    }
    if (response.status === 204) {
      // No cookie: never signed in in this browser (or signed out).
      this.end(wasSignedIn ? 'ended' : null);
      return false;
    }
    if (response.status === 401 || response.status === 403) {
      this.end('ended');
      return false;
    }
    // 5xx or rate limit: not an ended session.
    return this.state.status === 'signed-in';
  }

  /** A token valid for at least REFRESH_MARGIN_MS, refreshing first when needed; null if signed out. */
  async validToken(): Promise<string | null> {
    const s = this.state;
    if (s.status === 'signed-out') return null;
    if (s.accessToken && s.expiresAt - this.now() > REFRESH_MARGIN_MS) return s.accessToken;
    const ok = await this.refresh();
    return ok ? this.state.accessToken : null;
  }

  /** Called before the logout request: an end noticed from now on is this sign-out. */
  beginSignOut(): void {
    this.signingOut = true;
  }

  /** Sign-out here: ends the session on the server (caller runs the mutation) and forgets the cookie. */
  async clearCookie(): Promise<void> {
    try {
      await this.fetchImpl('/auth/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...CLIENT_HEADERS },
      });
    } catch {
      // The cookie expires on its own; the session is ended server-side already.
    }
  }
}

/** The app's one session. */
export const session = new SessionStore();
