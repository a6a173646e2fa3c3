import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';
import { MailQueue } from './mail-queue';
import { MailAttachment, MailState, OutboundMail } from './outbound-mail.entity';

export interface OutgoingMail {
  to: string;
  memberId?: string | null;
  /** INVITATION, PASSWORD_RESET, ADVISORY, ... (shown to the ADMIN, filterable later). */
  kind: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. From, To, Subject, Message-ID are set by the worker. */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** The same key twice writes one mail: the second call returns the first one's ids. */
  dedupeKey?: string;
}

/** Mails per INSERT (11 parameters each, well below PostgreSQL's 65,535). */
const ENQUEUE_CHUNK = 500;

export interface EnqueuedMail {
  id: string;
  messageId: string;
}

/**
 * The only way to send a mail: the outbox row and its queue job are written in the caller's
 * transaction, so a rolled-back event sends nothing and a committed one is never lost.
 */
@Injectable()
export class MailOutbox {
  constructor(
    private readonly queue: MailQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<EnqueuedMail> {
    if (!manager.queryRunner?.isTransactionActive) {
      return manager.transaction((tx) => this.enqueue(tx, mail));
    }
    if (/[\r\n]/.test(mail.to) || /[\r\n]/.test(mail.subject)) {
      throw new Error('mail address and subject must be one line');
    }
    const messageId = `<${randomUUID()}@${this.config.mail.messageIdDomain}>`;
    const rows = await manager.query<{ id: string; message_id: string }[]>(
      `INSERT INTO mail_outbox (message_id, to_address, member_id, kind, subject, text_body, html_body, headers, attachments, dedupe_key, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, message_id`,
      [
        messageId,
        mail.to,
        mail.memberId ?? null,
        mail.kind,
        mail.subject,
        mail.text,
        mail.html,
        JSON.stringify(mail.headers ?? {}),
        JSON.stringify(mail.attachments ?? []),
        mail.dedupeKey ?? null,
        MailState.QUEUED,
      ],
    );
    if (rows.length === 0) {
      // Written before (same dedupe key): its job exists already.
      const existing = await manager
        .getRepository(OutboundMail)
        .findOneByOrFail({ dedupeKey: mail.dedupeKey });
      return { id: existing.id, messageId: existing.messageId };
    }
    await this.queue.add(manager, rows[0].id);
    return { id: rows[0].id, messageId: rows[0].message_id };
  }

  /**
   * enqueue() for many mails at once (same guarantees, same order of results): a few multi-row
   * statements instead of two round trips per mail, for alerts to thousands of members.
   */
  async enqueueMany(manager: EntityManager, mails: OutgoingMail[]): Promise<EnqueuedMail[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      return manager.transaction((tx) => this.enqueueMany(tx, mails));
    }
    const results: EnqueuedMail[] = [];
    for (let start = 0; start < mails.length; start += ENQUEUE_CHUNK) {
      results.push(
        ...(await this.enqueueChunk(manager, mails.slice(start, start + ENQUEUE_CHUNK))),
      );
    }
    return results;
  }

  private async enqueueChunk(
    manager: EntityManager,
    mails: OutgoingMail[],
  ): Promise<EnqueuedMail[]> {
    const values: unknown[] = [];
    const rowsSql: string[] = [];
    const messageIds = mails.map((mail) => {
      if (/[\r\n]/.test(mail.to) || /[\r\n]/.test(mail.subject)) {
        throw new Error('mail address and subject must be one line');
      }
      return `<${randomUUID()}@${this.config.mail.messageIdDomain}>`;
    });
    mails.forEach((mail, i) => {
      const row = [
        messageIds[i],
        mail.to,
        mail.memberId ?? null,
        mail.kind,
        mail.subject,
        mail.text,
        mail.html,
        JSON.stringify(mail.headers ?? {}),
        JSON.stringify(mail.attachments ?? []),
        mail.dedupeKey ?? null,
        MailState.QUEUED,
      ];
      const base = values.length;
      values.push(...row);
      rowsSql.push(`(${row.map((_, k) => `$${base + k + 1}`).join(', ')})`);
    });
    const inserted = await manager.query<{ id: string; message_id: string }[]>(
      `INSERT INTO mail_outbox (message_id, to_address, member_id, kind, subject, text_body, html_body, headers, attachments, dedupe_key, state)
       VALUES ${rowsSql.join(', ')}
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id, message_id`,
      values,
    );
    await this.queue.addMany(
      manager,
      inserted.map((r) => r.id),
    );
    const byMessageId = new Map(inserted.map((r) => [r.message_id, r.id]));
    const missingKeys = mails
      .filter((m, i) => !byMessageId.has(messageIds[i]) && m.dedupeKey)
      .map((m) => m.dedupeKey!);
    const existing = missingKeys.length
      ? await manager.getRepository(OutboundMail).find({
          where: { dedupeKey: In(missingKeys) },
          select: { id: true, messageId: true, dedupeKey: true },
        })
      : [];
    const byKey = new Map(existing.map((e) => [e.dedupeKey, e]));
    return mails.map((mail, i) => {
      const id = byMessageId.get(messageIds[i]);
      if (id) return { id, messageId: messageIds[i] };
      const old = byKey.get(mail.dedupeKey ?? null)!;
      return { id: old.id, messageId: old.messageId };
    });
  }

  /** A fresh job for a mail that failed (ADMIN's resend); same row, same Message-ID. */
  async requeue(manager: EntityManager, id: string): Promise<void> {
    await manager
      .getRepository(OutboundMail)
      .update({ id }, { state: MailState.QUEUED, lastError: null });
    await this.queue.add(manager, id);
  }
}
