import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/access/authenticated-member';
import { CurrentPrincipal } from '../../common/access/current-principal.decorator';
import { Allow } from '../../common/access/policy.decorator';
import { mapConnection, PageArgs } from '../../common/graphql/pagination';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { Organisation } from '../../organisations/organisation.entity';
import { Member } from '../../members/member.entity';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { MirtService } from './mirt.service';
import { MirtDeployment } from './response.entities';
import {
  AdvanceMirtInput,
  AssignMirtTeamInput,
  DecideMirtInput,
  MirtCandidateType,
  MirtDeploymentConnection,
  MirtDeploymentType,
  MirtPermissionsType,
  RequestMirtInput,
} from './response.types';

@Resolver(() => MirtDeploymentType)
export class MirtResolver {
  constructor(
    private readonly mirt: MirtService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** Names of requesters, organisations and team in three small queries per page. */
  private async typed(rows: MirtDeployment[]): Promise<MirtDeploymentType[]> {
    const teams = await this.mirt.teams(rows.map((r) => r.id));
    const members = await this.db.getRepository(Member).find({
      where: { id: In([...new Set(rows.map((r) => r.requestedById))]) },
      select: { id: true, displayName: true },
    });
    const orgs = await this.db.getRepository(Organisation).find({
      where: { id: In([...new Set(rows.map((r) => r.requestingOrganisationId))]) },
      select: { id: true, name: true },
    });
    const memberName = new Map(members.map((m) => [m.id, m.displayName]));
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    return rows.map((d) => ({
      id: d.id,
      incidentId: d.incidentId,
      status: d.status,
      reason: d.reason,
      onSiteAddress: d.onSiteAddress,
      phoneNumbers: d.phoneNumbers,
      requestedById: d.requestedById,
      requestedByName: memberName.get(d.requestedById) ?? '',
      requestingOrganisationName: orgName.get(d.requestingOrganisationId) ?? '',
      decisionReason: d.decisionReason,
      decidedAt: d.decidedAt,
      onSiteAt: d.onSiteAt,
      completedAt: d.completedAt,
      team: (teams.get(d.id) ?? []).map((t) => ({
        memberId: t.memberId,
        displayName: t.displayName,
        assignedAt: t.assignedAt,
      })),
      createdAt: d.createdAt,
    }));
  }

  private async one(d: MirtDeployment) {
    return (await this.typed([d]))[0];
  }

  @Query(() => MirtDeploymentConnection, {
    description:
      'MIRT requests of an incident, newest first. Participants and the CERT duty roster; NOT_FOUND otherwise.',
  })
  @Allow.members('participants of the incident and the CERT duty roster; NOT_FOUND otherwise')
  async mirtDeployments(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @Args() page: PageArgs,
    @CurrentPrincipal() me: Principal,
  ) {
    const conn = await this.mirt.list(me, incidentId, page.first, page.after);
    const typed = await this.typed(conn.nodes);
    const byId = new Map(typed.map((t) => [t.id, t]));
    return mapConnection(conn, (n) => byId.get(n.id)!);
  }

  @Query(() => MirtPermissionsType, {
    description:
      'What the caller may do with MIRT deployments of the incident. Participants and duty; NOT_FOUND otherwise.',
  })
  @Allow.members('participants of the incident and the CERT duty roster; NOT_FOUND otherwise')
  mirtPermissions(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.mirt.permissions(me, incidentId);
  }

  @Query(() => [MirtCandidateType], {
    description:
      'Active CERT members the duty roster may assign to a MIRT (at most 100). CERT duty roster only: NOT_FOUND for non-participants, FORBIDDEN for other participants.',
  })
  @Allow.members('CERT duty roster on a readable incident')
  async mirtCandidates(
    @Args(
      'incidentId',
      { type: () => ID, description: 'Incident id (UUID).' },
      new UuidPipe('incidentId'),
    )
    incidentId: string,
    @CurrentPrincipal() me: Principal,
  ) {
    return (await this.mirt.candidates(me, incidentId)).map((m) => ({
      id: m.id,
      displayName: m.displayName,
    }));
  }

  @Mutation(() => MirtDeploymentType, {
    description:
      'Requests the MIRT for an incident (reason, on-site address, phone numbers); the CERT duty roster and participants are notified. Municipal and provider participants; NOT_FOUND for non-participants; CONFLICT when the organisation has an open request.',
  })
  @Allow.members('municipal or provider participants of the incident; NOT_FOUND otherwise')
  async requestMirt(
    @Args('input', { description: 'The request.' }) input: RequestMirtInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.mirt.request(me, input));
  }

  @Mutation(() => MirtDeploymentType, {
    description:
      'Accepts or declines (with a reason) a MIRT request. CERT duty roster only: NOT_FOUND for non-participants, FORBIDDEN for other participants.',
  })
  @Allow.members('CERT duty roster on a readable incident')
  async decideMirt(
    @Args('input', { description: 'The decision.' }) input: DecideMirtInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.mirt.decide(me, input));
  }

  @Mutation(() => MirtDeploymentType, {
    description:
      'Assigns CERT members to an accepted deployment; they become participants of the incident. CERT duty roster only.',
  })
  @Allow.members('CERT duty roster on a readable incident')
  async assignMirtTeam(
    @Args('input', { description: 'Deployment and members.' }) input: AssignMirtTeamInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.mirt.assign(me, input));
  }

  @Mutation(() => MirtDeploymentType, {
    description:
      'Moves a deployment on (angenommen -> vor Ort -> abgeschlossen). CERT duty roster and the assigned team.',
  })
  @Allow.members('CERT duty roster or assigned MIRT members on a readable incident')
  async advanceMirt(
    @Args('input', { description: 'Deployment and next status.' }) input: AdvanceMirtInput,
    @CurrentPrincipal() me: Principal,
  ) {
    return this.one(await this.mirt.advance(me, input));
  }
}
