import { isUUID } from 'class-validator';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../common/access/authenticated-member';
import { badInput, conflict, forbidden, notFound } from '../common/errors/app-error';
import { PlatformRole } from '../members/member.enums';
import { Channel } from './channel.entity';
import { ChannelMember } from './channel-member.entity';
import { ChannelKind, ChannelRole, MESSAGE_MAX_BYTES } from './chat.enums';

export const channelNotFound = () => notFound('Der Kanal');

export interface ChannelAccess {
  channel: Channel;
  membership: ChannelMember | null;
}

/**
 * Loads a channel with the caller's membership. Without membership only PUBLIC channels are
 * visible (when `allowPublicViewer`); anything else answers NOT_FOUND, like a missing channel.
 * `lock` takes the channel row lock that serialises sequence numbers.
 */
export async function channelAccess(
  manager: EntityManager,
  channelId: string,
  memberId: string,
  options: { lock?: boolean; allowPublicViewer?: boolean } = {},
): Promise<ChannelAccess> {
  const { channel, membership } = options.lock
    ? await lockedWithMembership(manager, channelId, memberId)
    : await withMembership(manager, channelId, memberId);
  if (!channel) throw channelNotFound();
  if (!membership && !(options.allowPublicViewer && channel.kind === ChannelKind.PUBLIC))
    throw channelNotFound();
  return { channel, membership };
}

/** Reads only: channel and membership in one statement. */
async function withMembership(manager: EntityManager, channelId: string, memberId: string) {
  const row = await manager
    .getRepository(Channel)
    .createQueryBuilder('c')
    .leftJoinAndMapOne(
      'c.membership',
      ChannelMember,
      'cm',
      'cm.channel_id = c.id AND cm.member_id = :memberId',
      { memberId },
    )
    .where('c.id = :channelId', { channelId })
    .getOne();
  if (!row) return { channel: null, membership: null };
  const { membership, ...fields } = row as Channel & { membership?: ChannelMember };
  return { channel: Object.assign(new Channel(), fields), membership: membership ?? null };
}

/**
 * Under the row lock the membership is read by a second statement on purpose: it then sees a
 * removal that committed while this transaction waited for the lock (a join in the locking
 * statement would read it from the snapshot taken before the wait).
 */
async function lockedWithMembership(manager: EntityManager, channelId: string, memberId: string) {
  const channel = await manager
    .getRepository(Channel)
    .createQueryBuilder('c')
    .where('c.id = :channelId', { channelId })
    .setLock('pessimistic_write')
    .getOne();
  if (!channel) return { channel: null, membership: null };
  return {
    channel,
    membership: await manager.getRepository(ChannelMember).findOneBy({ channelId, memberId }),
  };
}

/** Membership is required: the database decides, on every call. */
export async function requireMember(
  manager: EntityManager,
  channelId: string,
  memberId: string,
  lock = false,
): Promise<Required<ChannelAccess> & { membership: ChannelMember }> {
  const access = await channelAccess(manager, channelId, memberId, { lock });
  return access as Required<ChannelAccess> & { membership: ChannelMember };
}

export function assertNotArchived(channel: Channel): void {
  if (channel.archivedAt)
    throw conflict(
      'Der Kanal ist archiviert: Änderungen und neue Nachrichten sind nicht mehr möglich.',
      'channelId',
    );
}

/** Channel admins manage a channel; platform moderators and admins may also manage PUBLIC ones. */
export function assertCanManage(p: Principal, access: ChannelAccess): void {
  if (access.membership?.role === ChannelRole.ADMIN) return;
  if (
    access.channel.kind === ChannelKind.PUBLIC &&
    (p.platformRole === PlatformRole.MODERATOR || p.platformRole === PlatformRole.ADMIN)
  )
    return;
  throw forbidden('Nur Kanal-Administratoren dürfen das.');
}

export function validateBody(body: unknown): string {
  if (typeof body !== 'string') throw badInput('body', 'Text erwartet.');
  if (!body.trim()) throw badInput('body', 'Die Nachricht ist leer.');
  if (Buffer.byteLength(body, 'utf8') > MESSAGE_MAX_BYTES)
    throw badInput('body', `Die Nachricht ist zu lang (höchstens ${MESSAGE_MAX_BYTES / 1024} KB).`);
  return body;
}

const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
export function validateClientMessageId(id: unknown): string {
  if (typeof id !== 'string' || !CLIENT_ID.test(id))
    throw badInput('clientMessageId', '1 bis 64 Zeichen aus A-Z, a-z, 0-9, - und _.');
  return id;
}

/** The session behind a socket is still valid and its member active (re-checked on join and send). */
export async function sessionIsActive(db: DataSource, p: Principal): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM sessions s JOIN members m ON m.id = s.member_id
      WHERE s.id = $1 AND m.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'`,
    [p.sessionId, p.memberId],
  );
  return rows.length > 0;
}

export function validateId(field: string, value: unknown): string {
  if (typeof value !== 'string' || !isUUID(value)) throw badInput(field, 'keine gültige ID');
  return value;
}
