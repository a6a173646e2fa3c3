import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { IncidentAccess } from './incident-access.service';
import { IncidentTimeline } from './incident-timeline.service';
import { IncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';

@Module({
  imports: [ChatModule],
  providers: [IncidentAccess, IncidentTimeline, IncidentsService, IncidentsResolver],
  exports: [IncidentAccess, IncidentTimeline],
})
export class IncidentsModule {}
