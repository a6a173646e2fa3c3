import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { conflict, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import type { MailDeliveriesArgs } from './mail-delivery.type';
import { MailOutbox } from './mail-outbox.service';
import { MailState, OutboundMail } from './outbound-mail.entity';

/** The ADMIN's view of the outbox: list by state, resend a failed mail. */
@Injectable()
export class MailDeliveriesService {
  constructor(
    private readonly db: DataSource,
    private readonly outbox: MailOutbox,
    private readonly audit: AuditService,
  ) {}

  async list(args: MailDeliveriesArgs): Promise<Connection<OutboundMail>> {
    const qb = this.db.getRepository(OutboundMail).createQueryBuilder('m').where('true');
    if (args.state) qb.andWhere('m.state = :state', { state: args.state });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [createdAt, id] = decodeCursor(args.after, 2, ['timestamp', 'uuid']);
      qb.andWhere('(m.created_at, m.id) < (:createdAt, :id)', { createdAt, id });
    }
    const rows = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(
      rows,
      args.first,
      totalCount,
      (m) => [m.createdAt.toISOString(), m.id],
      args.after,
    );
  }

  /** Same row, same Message-ID, a fresh queue job; only for FAILED mails. */
  async resend(principal: Principal, id: string, ip: string | null): Promise<OutboundMail> {
    return this.db.transaction(async (manager) => {
      const mail = await manager
        .getRepository(OutboundMail)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.id = :id', { id })
        .getOne();
      if (!mail) throw notFound('Die E-Mail');
      if (mail.state !== MailState.FAILED) {
        throw conflict('Nur fehlgeschlagene E-Mails können erneut gesendet werden.', 'id');
      }
      await this.outbox.requeue(manager, mail.id);
      await this.audit.record(
        {
          actorId: principal.memberId,
          action: 'mail.resent',
          targetType: 'mail',
          targetId: mail.id,
          ip,
          details: { kind: mail.kind, messageId: mail.messageId, lastError: mail.lastError },
        },
        manager,
      );
      return manager.getRepository(OutboundMail).findOneByOrFail({ id: mail.id });
    });
  }
}
