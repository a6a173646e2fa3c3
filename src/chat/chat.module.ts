import { Module } from '@nestjs/common';
import { ChannelHeads } from './channel-heads';
import { ChannelViewsService } from './channel-views.service';
import { ChannelMembershipResolver, ChannelsResolver } from './channels.resolver';
import { ChannelsService } from './channels.service';
import { ChatBroadcasts } from './chat-broadcasts';
import { ChatEvents } from './chat-events';
import { ChatGateway } from './chat.gateway';
import { ChatRateLimiter } from './chat-rate-limiter';
import { DatabaseSignals } from './database-signals';
import { MessagesResolver } from './messages.resolver';
import { MessagesService } from './messages.service';

@Module({
  providers: [
    ChatEvents,
    ChatRateLimiter,
    ChannelViewsService,
    ChannelsService,
    MessagesService,
    ChannelsResolver,
    ChannelMembershipResolver,
    MessagesResolver,
    ChatGateway,
    ChatBroadcasts,
    DatabaseSignals,
    ChannelHeads,
  ],
  exports: [ChannelsService, ChannelViewsService, ChatEvents],
})
export class ChatModule {}
