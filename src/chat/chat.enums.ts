import { registerEnumType } from '@nestjs/graphql';

export enum ChannelKind {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  DIRECT = 'DIRECT',
  INCIDENT = 'INCIDENT',
}
registerEnumType(ChannelKind, { name: 'ChannelKind' });

export enum ChannelRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(ChannelRole, { name: 'ChannelRole' });

/** Text limits of the chat (DESIGN.md "Protections"). */
export const MESSAGE_MAX_BYTES = 16 * 1024;
export const CHANNEL_NAME_MAX = 80;
export const CHANNEL_TOPIC_MAX = 250;
export const DIRECT_MIN_MEMBERS = 2;
export const DIRECT_MAX_MEMBERS = 8;
/** Most changes one catch-up call returns; the client asks again while `hasMore`. */
export const CATCHUP_LIMIT = 200;
