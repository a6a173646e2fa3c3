import { chatTexts as t } from './texts';

interface Titled {
  kind: string;
  name: string | null;
  members: { memberId: string; member: { displayName: string } | null }[];
}

/** A channel's name; a direct channel is named after the other people in it. */
export function channelTitle(channel: Titled, selfId: string): string {
  if (channel.name) return channel.name;
  const others = channel.members
    .filter((m) => m.memberId !== selfId && m.member)
    .map((m) => m.member!.displayName);
  return t.directName(others);
}
