import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import type { Incident } from './incident.entity';
import { INCIDENT_STATUS_LABEL, IncidentStatus } from './incident.enums';

/**
 * Incident notifications (in-app and over the socket via NotificationsService). Recipients are
 * always current participants (who may read the incident). The texts name no title, organisation
 * or description: a notification outlives a participation, and e-mail delivery will come.
 */
@Injectable()
export class IncidentNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  reported(
    manager: EntityManager,
    actor: Principal,
    incident: Incident,
    memberIds: string[],
  ): Promise<Notification[]> {
    return this.send(
      manager,
      actor,
      incident,
      memberIds,
      'INCIDENT_REPORTED',
      'Neuer Vorfall gemeldet: Sie sind beteiligt',
    );
  }

  affected(
    manager: EntityManager,
    actor: Principal,
    incident: Incident,
    memberIds: string[],
  ): Promise<Notification[]> {
    return this.send(
      manager,
      actor,
      incident,
      memberIds,
      'INCIDENT_AFFECTED',
      'Ihre Organisation wurde bei einem Vorfall als betroffen eingetragen: bitte Lage angeben',
    );
  }

  joined(
    manager: EntityManager,
    actor: Principal | null,
    incident: Incident,
    memberIds: string[],
  ): Promise<Notification[]> {
    return this.send(
      manager,
      actor,
      incident,
      memberIds,
      'INCIDENT_PARTICIPANT',
      'Sie wurden zu einem Vorfall hinzugezogen',
    );
  }

  statusChanged(
    manager: EntityManager,
    actor: Principal,
    incident: Incident,
    memberIds: string[],
    status: IncidentStatus,
  ): Promise<Notification[]> {
    return this.send(
      manager,
      actor,
      incident,
      memberIds,
      'INCIDENT_STATUS',
      `Ein Vorfall, an dem Sie beteiligt sind, ist jetzt „${INCIDENT_STATUS_LABEL[status]}“`,
    );
  }

  private send(
    manager: EntityManager,
    actor: Principal | null,
    incident: Incident,
    memberIds: string[],
    kind: string,
    title: string,
  ): Promise<Notification[]> {
    return this.notifications.create(
      manager,
      memberIds
        .filter((id) => id !== actor?.memberId)
        .map((memberId) => ({
          memberId,
          kind,
          title,
          targetType: 'incident',
          targetId: incident.id,
          actorId: actor?.memberId ?? null,
        })),
    );
  }

  publish(created: Notification[]): void {
    this.notifications.publish(created);
  }
}
