import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, notFound } from '../common/errors/app-error';
import type { ServiceRelationInput } from './dto/organisation.inputs';
import { Organisation } from './organisation.entity';
import { OrganisationKind } from './organisation.enums';
import { ServiceRelation } from './service-relation.entity';

/**
 * The register of which IT provider serves which municipality: answers "who is hit if provider X
 * is?" and targets advisories and incident rooms.
 */
@Injectable()
export class ProviderRegisterService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Relations of a provider (with the municipalities) or of a municipality (with the providers). */
  async relationsOf(
    organisationId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ServiceRelation[]> {
    const organisation = await manager
      .getRepository(Organisation)
      .findOneBy({ id: organisationId });
    if (!organisation) throw notFound('Die Organisation');
    const asProvider = organisation.kind === OrganisationKind.IT_PROVIDER;
    return manager
      .getRepository(ServiceRelation)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.provider', 'p')
      .innerJoinAndSelect('r.municipality', 'm')
      .where(asProvider ? 'r.provider_id = :id' : 'r.municipality_id = :id', { id: organisationId })
      .orderBy(asProvider ? 'm.name' : 'p.name', 'ASC')
      .getMany();
  }

  async municipalityIdsServedBy(
    providerId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows = await manager
      .getRepository(ServiceRelation)
      .find({ select: { municipalityId: true }, where: { providerId } });
    return rows.map((r) => r.municipalityId);
  }

  async providerIdsOf(
    municipalityId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows = await manager
      .getRepository(ServiceRelation)
      .find({ select: { providerId: true }, where: { municipalityId } });
    return rows.map((r) => r.providerId);
  }

  async set(
    actor: Principal,
    input: ServiceRelationInput,
    ip: string | null,
  ): Promise<ServiceRelation> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(Organisation);
      const provider = await repo.findOneBy({ id: input.providerId });
      if (!provider || provider.kind !== OrganisationKind.IT_PROVIDER)
        throw badInput('providerId', 'Das ist kein IT-Dienstleister.');
      const municipality = await repo.findOneBy({ id: input.municipalityId });
      if (!municipality || municipality.kind !== OrganisationKind.MUNICIPALITY)
        throw badInput('municipalityId', 'Das ist keine Kommune.');
      const services = [...new Set(input.services)];
      await manager
        .getRepository(ServiceRelation)
        .upsert({ providerId: provider.id, municipalityId: municipality.id, services }, [
          'providerId',
          'municipalityId',
        ]);
      const relation = await manager
        .getRepository(ServiceRelation)
        .findOneByOrFail({ providerId: provider.id, municipalityId: municipality.id });
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'register.relation_set',
          targetType: 'service_relation',
          targetId: relation.id,
          ip,
          details: { providerId: provider.id, municipalityId: municipality.id, services },
        },
        manager,
      );
      return { ...relation, provider, municipality };
    });
  }

  async remove(
    actor: Principal,
    providerId: string,
    municipalityId: string,
    ip: string | null,
  ): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const relation = await manager
        .getRepository(ServiceRelation)
        .findOneBy({ providerId, municipalityId });
      if (!relation) throw notFound('Der Registereintrag');
      await manager.getRepository(ServiceRelation).delete(relation.id);
      await this.audit.record(
        {
          actorId: actor.memberId,
          action: 'register.relation_removed',
          targetType: 'service_relation',
          targetId: relation.id,
          ip,
          details: { providerId, municipalityId },
        },
        manager,
      );
      return true;
    });
  }
}
