import type { IncomingMessage } from 'node:http';

/**
 * The client address of a socket.io handshake, read as Express reads `req.ip` with
 * `trust proxy` = 1: behind the one reverse proxy TRUST_PROXY describes, the last
 * X-Forwarded-For entry (the address the proxy saw; entries before it are the client's word);
 * otherwise the TCP peer, so a forged header changes nothing.
 */
export function clientIpOf(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    const last = list[list.length - 1].trim();
    if (last) return last;
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/**
 * Open socket.io connections per client IP on this instance (engine.io connections: counted
 * from the handshake whether or not the socket authenticated, until the transport closes).
 */
export class SocketsPerIp {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  mayOpen(ip: string): boolean {
    return (this.open.get(ip) ?? 0) < this.max;
  }

  opened(ip: string): void {
    this.open.set(ip, (this.open.get(ip) ?? 0) + 1);
  }

  closed(ip: string): void {
    const left = (this.open.get(ip) ?? 0) - 1;
    if (left > 0) this.open.set(ip, left);
    else this.open.delete(ip);
  }

  count(ip: string): number {
    return this.open.get(ip) ?? 0;
  }
}
