import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, notFound } from '../common/errors/app-error';
import { Connection, decodeCursor, likePattern, toConnection } from '../common/graphql/pagination';
import type { OrganisationInput, OrganisationsArgs } from './dto/organisation.inputs';
import { Organisation } from './organisation.entity';
import { OrganisationKind } from './organisation.enums';

/** Organisations are public within the community; only ADMINs create and edit them. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(args: OrganisationsArgs): Promise<Connection<Organisation>> {
    const qb = this.db.getRepository(Organisation).createQueryBuilder('o').where('true');
    if (args.kind) qb.andWhere('o.kind = :kind', { kind: args.kind });
    if (args.district) qb.andWhere('o.district = :district', { district: args.district });
    if (args.search?.trim()) {
      qb.andWhere('(o.name ILIKE :p OR o.municipality_key LIKE :p OR o.district ILIKE :p)', {
        p: likePattern(args.search.trim()),
      });
    }
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2, ['text', 'uuid']);
      // The cursor keeps the name as stored: lower() on both sides here, since JavaScript's
      // toLowerCase differs from the database's for some letters (e.g. İ), which skipped rows.
      qb.andWhere('(lower(o.name), o.id) > (lower(:name), :id)', { name, id });
    }
    const rows = await qb
      .orderBy('lower(o.name)', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, totalCount, (o) => [o.name, o.id], args.after);
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.db.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw notFound('Die Organisation');
    return organisation;
  }

  async create(
    actor: Principal,
    input: OrganisationInput,
    ip: string | null,
  ): Promise<Organisation> {
    const values = this.validated(input);
    return this.db
      .transaction(async (manager) => {
        await this.assertUnique(manager.getRepository(Organisation), values);
        const organisation = await manager
          .getRepository(Organisation)
          .save(manager.getRepository(Organisation).create(values));
        await this.audit.record(
          {
            actorId: actor.memberId,
            action: 'organisation.created',
            targetType: 'organisation',
            targetId: organisation.id,
            ip,
            details: { name: organisation.name, kind: organisation.kind },
          },
          manager,
        );
        return organisation;
      })
      .catch(rethrowUniqueClash);
  }

  async update(
    actor: Principal,
    id: string,
    input: OrganisationInput,
    ip: string | null,
  ): Promise<Organisation> {
    const values = this.validated(input);
    return this.db
      .transaction(async (manager) => {
        const repo = manager.getRepository(Organisation);
        const existing = await repo.findOneBy({ id });
        if (!existing) throw notFound('Die Organisation');
        if (existing.kind !== values.kind) {
          // Members' participant kind follows the organisation: changing it would silently change access.
          throw badInput('kind', 'Die Art einer Organisation kann nicht geändert werden.');
        }
        await this.assertUnique(repo, values, id);
        await repo.update(id, values);
        await this.audit.record(
          {
            actorId: actor.memberId,
            action: 'organisation.updated',
            targetType: 'organisation',
            targetId: id,
            ip,
            details: { name: values.name },
          },
          manager,
        );
        return repo.findOneByOrFail({ id });
      })
      .catch(rethrowUniqueClash);
  }

  private validated(input: OrganisationInput): Partial<Organisation> {
    const municipality = input.kind === OrganisationKind.MUNICIPALITY;
    if (municipality && !input.municipalityKey)
      throw badInput('municipalityKey', 'Für Kommunen ist der Amtliche Gemeindeschlüssel Pflicht.');
    if (!municipality && input.municipalityKey)
      throw badInput('municipalityKey', 'Nur Kommunen haben einen Amtlichen Gemeindeschlüssel.');
    return {
      kind: input.kind,
      name: input.name.trim(),
      municipalityKey: input.municipalityKey ?? null,
      district: input.district?.trim() || null,
      governmentRegion: input.governmentRegion?.trim() || null,
      population: input.population ?? null,
    };
  }

  private async assertUnique(
    repo: ReturnType<DataSource['getRepository']>,
    values: Partial<Organisation>,
    exceptId?: string,
  ) {
    const qb = repo
      .createQueryBuilder('o')
      .where('(lower(o.name) = lower(:name) OR o.municipality_key = :key)', {
        name: values.name,
        key: values.municipalityKey ?? '',
      });
    if (exceptId) qb.andWhere('o.id <> :exceptId', { exceptId });
    const clash = (await qb.getOne()) as Organisation | null;
    if (clash)
      throw clashConflict(
        clash.name.toLowerCase() === values.name!.toLowerCase() ? 'name' : 'municipalityKey',
      );
  }
}

const clashConflict = (field: 'name' | 'municipalityKey') =>
  conflict(
    field === 'name'
      ? 'Eine Organisation mit diesem Namen gibt es bereits.'
      : 'Dieser Gemeindeschlüssel ist bereits vergeben.',
    field,
  );

/** The unique indexes catch what assertUnique cannot see: the same name or key committed meanwhile. */
function rethrowUniqueClash(e: unknown): never {
  const driverError = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
  if (
    driverError?.code === '23505' &&
    (driverError.constraint === 'uq_organisations_name' ||
      driverError.constraint === 'uq_organisations_name_lower')
  )
    throw clashConflict('name');
  if (driverError?.code === '23505' && driverError.constraint === 'uq_organisations_ags')
    throw clashConflict('municipalityKey');
  throw e;
}
