import { Module } from '@nestjs/common';
import { ChatModule } from '../chat/chat.module';
import { IncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';

@Module({
  imports: [ChatModule],
  providers: [IncidentsService, IncidentsResolver],
})
export class IncidentsModule {}
