import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { GraphqlContext, requestLoader } from '../common/graphql/graphql-context';
import { notFound } from '../common/errors/app-error';
import { Organisation } from './organisation.entity';
import { OrganisationType } from './organisation.type';

export const toOrganisationType = (o: Organisation): OrganisationType => ({ ...o });

/** Batches organisation look-ups of one request into one query. */
@Injectable()
export class OrganisationLoader {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
  ) {}

  async load(ctx: GraphqlContext, id: string): Promise<OrganisationType> {
    const loader = requestLoader(
      ctx,
      'organisation',
      () =>
        new DataLoader<string, Organisation | null>(async (ids) => {
          const rows = await this.organisations.findBy({ id: In([...ids]) });
          const byId = new Map(rows.map((o) => [o.id, o]));
          return ids.map((i) => byId.get(i) ?? null);
        }),
    );
    const organisation = await loader.load(id);
    if (!organisation) throw notFound('Die Organisation');
    return toOrganisationType(organisation);
  }
}
