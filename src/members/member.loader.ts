import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Principal } from '../common/access/authenticated-member';
import { GraphqlContext, requestLoader } from '../common/graphql/graphql-context';
import { Member } from './member.entity';
import { MemberType, toMemberType } from './member.type';
import { MembersService } from './members.service';

/** Batches author/member look-ups of one request (forum authors, chat senders) into one query. */
@Injectable()
export class MemberLoader {
  constructor(private readonly members: MembersService) {}

  async load(ctx: GraphqlContext, id: string): Promise<MemberType | null> {
    const loader = requestLoader(ctx, 'member', () =>
      new DataLoader<string, Member | null>(async (ids) => {
        const rows = await this.members.byIds(ids);
        const byId = new Map(rows.map((m) => [m.id, m]));
        return ids.map((i) => byId.get(i) ?? null);
      }),
    );
    const member = await loader.load(id);
    return member ? toMemberType(member, (ctx.req.principal ?? null) as Principal | null) : null;
  }
}
