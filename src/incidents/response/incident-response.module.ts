import { Module } from '@nestjs/common';
import { ChatModule } from '../../chat/chat.module';
import { ForumsModule } from '../../forums/forums.module';
import { IncidentsModule } from '../incidents.module';
import { EmergencyContactsResolver } from './emergency-contacts.resolver';
import { EmergencyContactsService } from './emergency-contacts.service';
import { LessonsLearnedService } from './lessons-learned.service';
import { MirtResolver } from './mirt.resolver';
import { MirtService } from './mirt.service';
import { ParticipantsBridge } from './participants-bridge';
import { ReportResolver } from './report.resolver';
import { ResponseAccess } from './response-access';
import { SituationReportService } from './situation-report.service';
import { TasksResolver } from './tasks.resolver';
import { TasksService } from './tasks.service';
import { TemplatesService } from './templates.service';

/** Running an incident: tasks, reporting obligations, MIRT, emergency contacts, situation report, lessons learned. */
@Module({
  imports: [IncidentsModule, ChatModule, ForumsModule],
  providers: [
    ResponseAccess,
    ParticipantsBridge,
    TasksService,
    TemplatesService,
    MirtService,
    EmergencyContactsService,
    SituationReportService,
    LessonsLearnedService,
    ReportResolver,
    TasksResolver,
    MirtResolver,
    EmergencyContactsResolver,
  ],
})
export class IncidentResponseModule {}
