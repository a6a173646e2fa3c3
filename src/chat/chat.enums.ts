import { registerEnumType } from '@nestjs/graphql';

export enum ChannelKind {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  DIRECT = 'DIRECT',
  INCIDENT = 'INCIDENT',
}
registerEnumType(ChannelKind, {
  name: 'ChannelKind',
  description: 'Kind of a chat channel; it decides who may join and who manages it.',
  valuesMap: {
    PUBLIC: { description: 'Any active member may join; members may invite others.' },
    PRIVATE: { description: 'Members are invited by a channel ADMIN.' },
    DIRECT: {
      description: 'Direct messages between 2 to 8 fixed people; one channel per set of people.',
    },
    INCIDENT: {
      description:
        "The room of an incident (TLP:RED by default), opened by reportIncident; its members follow the incident's participants (invite, remove and leave are refused).",
    },
  },
});

export enum ChannelRole {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(ChannelRole, {
  name: 'ChannelRole',
  description: "A member's role in a channel.",
  valuesMap: {
    ADMIN: {
      description:
        'Manages the channel: rename, archive, invite (PRIVATE), remove members (not in INCIDENT rooms), delete messages.',
    },
    MEMBER: { description: 'Reads and writes.' },
  },
});

/** Text limits of the chat (DESIGN.md "Protections"). */
export const MESSAGE_MAX_BYTES = 16 * 1024;
export const CHANNEL_NAME_MAX = 80;
export const CHANNEL_TOPIC_MAX = 250;
export const DIRECT_MIN_MEMBERS = 2;
export const DIRECT_MAX_MEMBERS = 8;
/** Most changes one catch-up call returns; the client asks again while `hasMore`. */
export const CATCHUP_LIMIT = 200;
