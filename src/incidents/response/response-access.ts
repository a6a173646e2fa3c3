import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/authenticated-member';
import { forbidden } from '../../common/errors/app-error';
import type { Incident } from '../incident.entity';
import { IncidentAccess } from '../incident-access.service';

/**
 * The one rule of the response features, on top of the core's: whoever may not read the incident
 * gets NOT_FOUND (existence is sensitive); a participant who may read it but lacks the duty role
 * gets FORBIDDEN for duty-only steps.
 */
@Injectable()
export class ResponseAccess {
  constructor(private readonly access: IncidentAccess) {}

  readable(p: Principal, incidentId: string, manager?: EntityManager): Promise<Incident> {
    return this.access.readable(p, incidentId, manager);
  }

  async onDuty(p: Principal, incidentId: string, manager?: EntityManager): Promise<Incident> {
    const incident = await this.access.readable(p, incidentId, manager);
    if (!(await this.access.isOnDuty(p, manager)))
      throw forbidden('Nur der CERT-Bereitschaftsdienst darf diesen Schritt ausführen.');
    return incident;
  }

  isOnDuty(p: Principal, manager?: EntityManager): Promise<boolean> {
    return this.access.isOnDuty(p, manager);
  }

  participantIds(incidentId: string, manager: EntityManager): Promise<string[]> {
    return this.access.participantIds(incidentId, manager);
  }
}
