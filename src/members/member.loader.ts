import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { GraphqlContext, requestLoader } from '../common/graphql/graphql-context';
import { Member } from './member.entity';
import { MemberType, toMemberType } from './member.type';
import { MembersService } from './members.service';

/** Batches author/member look-ups of one request (forum authors, chat senders) into one query. */
@Injectable()
export class MemberLoader {
  constructor(private readonly members: MembersService) {}

  private loader(ctx: GraphqlContext): DataLoader<string, Member | null> {
    return requestLoader(
      ctx,
      'member',
      () =>
        new DataLoader<string, Member | null>(async (ids) => {
          const rows = await this.members.byIds(ids);
          const byId = new Map(rows.map((m) => [m.id, m]));
          return ids.map((i) => byId.get(i) ?? null);
        }),
    );
  }

  async load(ctx: GraphqlContext, id: string): Promise<MemberType | null> {
    const member = await this.loader(ctx).load(id);
    return member ? toMemberType(member, ctx.req.principal ?? null) : null;
  }

  /**
   * Seeds this request's cache with members another statement of the request has already read
   * (e.g. authors joined into a page query), so their fields cost no statement of their own.
   * Only pass Member entities as `byIds` reads them: every column TypeORM selects by default
   * (select: false ones excluded), unfiltered by status; the projection for the viewer
   * (toMemberType, contact visibility) still happens in `load`. Keys already cached are kept.
   */
  prime(ctx: GraphqlContext, members: Iterable<Member>): void {
    const loader = this.loader(ctx);
    for (const m of members) loader.prime(m.id, m);
  }
}
