/** IP and user agent of a request, for sessions and the audit log. */
export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export function clientInfoOf(
  req: { ip?: string; headers?: Record<string, string | string[] | undefined> } | undefined,
): ClientInfo {
  const ua = req?.headers?.['user-agent'];
  return {
    ip: req?.ip ?? null,
    userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null,
  };
}
