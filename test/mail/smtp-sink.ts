import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process. Every received message is parsed (mailparser).
 * `mode` decides the answer: accept; `down` (421 to every connection: try again later); and
 * `rejectRecipients` refuses listed addresses permanently (550).
 */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  mode: 'accept' | 'down' = 'accept';
  readonly rejectRecipients = new Set<string>();
  /** Connections and transactions answered with 421 while down. */
  refusedConnections = 0;
  private server?: SMTPServer;
  port = 0;
  private waiters: Array<() => void> = [];

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 20 * 1024 * 1024,
      onConnect: (_session, callback) => {
        if (this.mode === 'down') {
          this.refusedConnections++;
          const err = Object.assign(new Error('Dienst vorübergehend nicht verfügbar'), {
            responseCode: 421,
          });
          return callback(err);
        }
        callback();
      },
      // A pooled client keeps its connection open: an outage must also refuse on that one.
      onMailFrom: (_address, _session, callback) => {
        if (this.mode === 'down') {
          this.refusedConnections++;
          return callback(
            Object.assign(new Error('Dienst vorübergehend nicht verfügbar'), { responseCode: 421 }),
          );
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.rejectRecipients.has(address.address.toLowerCase())) {
          return callback(
            Object.assign(new Error('Postfach existiert nicht'), { responseCode: 550 }),
          );
        }
        callback();
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            this.waiters.forEach((w) => w());
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((m) =>
      [m.to]
        .flat()
        .some((t) => t?.value.some((v) => v.address?.toLowerCase() === address.toLowerCase())),
    );
  }

  /** Resolves once `predicate` holds for the received mails (checked on every arrival). */
  async waitFor(
    predicate: (mails: ParsedMail[]) => boolean,
    timeoutMs = 20_000,
  ): Promise<ParsedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      if (Date.now() > deadline) {
        throw new Error(
          `SMTP sink: condition not met in ${timeoutMs} ms (${this.received.length} received)`,
        );
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waiters = [];
    }
    return this.received;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}

/** Message-IDs that arrived more than once. */
export function duplicates(mails: ParsedMail[]): string[] {
  const seen = new Map<string, number>();
  for (const m of mails) seen.set(m.messageId ?? '', (seen.get(m.messageId ?? '') ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
}
