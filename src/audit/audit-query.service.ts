import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Connection, decodeCursor, toConnection } from '../common/graphql/pagination';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventsArgs } from './audit.resolver';

@Injectable()
export class AuditQueryService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async list(args: AuditEventsArgs): Promise<Connection<AuditEvent>> {
    const qb = this.events.createQueryBuilder('e').where('true');
    if (args.action) {
      if (args.action.endsWith('.'))
        qb.andWhere('starts_with(e.action, :prefix)', { prefix: args.action });
      else qb.andWhere('e.action = :action', { action: args.action });
    }
    if (args.actorId) qb.andWhere('e.actor_id = :actorId', { actorId: args.actorId });
    if (args.targetId) qb.andWhere('e.target_id = :targetId', { targetId: args.targetId });
    if (args.from) qb.andWhere('e.created_at >= :from', { from: args.from });
    if (args.to) qb.andWhere('e.created_at < :to', { to: args.to });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [id] = decodeCursor(args.after, 1, ['bigint']);
      qb.andWhere('e.id < :id', { id: String(id) });
    }
    const rows = await qb
      .orderBy('e.id', 'DESC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (e) => [e.id], args.after);
  }
}
