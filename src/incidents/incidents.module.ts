import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { CertDutyResolver } from './cert-duty.resolver';
import { CertDutyService } from './cert-duty.service';
import { IncidentAccess } from './incident-access.service';
import { IncidentAffectedService } from './incident-affected.service';
import { IncidentNotifier } from './incident-notifier';
import { IncidentParticipants } from './incident-participants.service';
import { IncidentTimeline } from './incident-timeline.service';
import {
  IncidentAffectedOrganisationResolver,
  IncidentParticipantResolver,
  IncidentsResolver,
  IncidentTimelineEntryResolver,
} from './incidents.resolver';
import { IncidentsService } from './incidents.service';

@Module({
  imports: [ChatModule],
  providers: [
    IncidentAccess,
    IncidentTimeline,
    IncidentParticipants,
    IncidentNotifier,
    IncidentsService,
    IncidentAffectedService,
    CertDutyService,
    IncidentsResolver,
    IncidentParticipantResolver,
    IncidentTimelineEntryResolver,
    IncidentAffectedOrganisationResolver,
    CertDutyResolver,
  ],
  exports: [
    IncidentAccess,
    IncidentTimeline,
    IncidentParticipants,
    IncidentNotifier,
    IncidentsService,
  ],
})
export class IncidentsModule {}
