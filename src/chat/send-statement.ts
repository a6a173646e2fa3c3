import type { Message } from './message.entity';

/**
 * The hot path of the chat: a new message in ONE auto-committed statement (bench P3: one channel,
 * 100 sends/s, all serialised on the channel row). The previous transaction held the channel row
 * lock over seven round trips (lock, membership, retry lookup, sequence, insert, mentions, commit)
 * plus BEGIN and a session check before; a data-modifying CTE is atomic, so the lock is now held
 * for the execution of one statement and its commit.
 *
 * How the contract holds (DESIGN.md "Real-time contract"):
 * - Live session: the socket outlives its access token, so session and member status are re-read
 *   with every send (`live`); a revoked session or a disabled member writes nothing.
 * - Channel row lock first (`ch`, FOR NO KEY UPDATE), membership after it (`mem`). Membership
 *   removals lock the channel row and then delete the membership row; taking the locks in the same
 *   order cannot deadlock, and the locking read of the membership row (FOR KEY SHARE) sees the
 *   newest committed version after the wait (a plain read would use the statement's snapshot from
 *   before the wait): a member removed while this send waited for the channel lock cannot send.
 * - Gapless `seq`: a locking read returns the newest version of the row it waited for, so
 *   `ch.last_seq + 1` is the next number. The message is inserted first and the counters follow
 *   the inserted row (`counters` reads `ins`): no insert, no bump, and the statement commits as one.
 * - Idempotent retries: the unique index (channel, sender, client id) is the arbiter of ON CONFLICT
 *   DO NOTHING. Per sender: an id another member used in the channel is no conflict, so nobody can
 *   make a victim's send fail by claiming its id first. A retry of a stored client id inserts nothing, so no seq is consumed and the caller
 *   reads the stored message. The same holds for concurrent duplicates: the second one waited for
 *   the channel lock, and ON CONFLICT sees the committed first row even though the statement's
 *   snapshot is older (a NOT EXISTS check would not, and the insert would then fail).
 * - Threads are one level deep: a reply to a reply joins the root's thread (`root`).
 *
 * No row returned means one of the checks failed; the caller finds out which outside the lock.
 */
const SEND_SQL = (withMentions: boolean) => `
WITH live AS (
  SELECT 1 FROM sessions s JOIN members sm ON sm.id = s.member_id
   WHERE s.id = $6 AND sm.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND sm.status = 'ACTIVE'
), ch AS (
  SELECT c.id, c.kind, c.name, c.archived_at, c.last_seq, c.last_change_seq FROM channels c
   WHERE c.id = $1 AND EXISTS (SELECT 1 FROM live)
   FOR NO KEY UPDATE
), root AS (
  SELECT COALESCE(r.thread_root_id, r.id) AS id FROM messages r WHERE r.id = $5::uuid AND r.channel_id = $1
), mem AS (
  SELECT ch.id, ch.last_seq, ch.last_change_seq FROM channel_members cm JOIN ch ON ch.id = cm.channel_id
   WHERE cm.member_id = $2 AND ch.archived_at IS NULL AND ($5::uuid IS NULL OR EXISTS (SELECT 1 FROM root))
   FOR KEY SHARE OF cm
), ins AS (
  INSERT INTO messages (channel_id, seq, change_seq, client_message_id, sender_id, body, thread_root_id)
  SELECT mem.id, mem.last_seq + 1, mem.last_change_seq + 1, $3, $2, $4, (SELECT id FROM root) FROM mem
  ON CONFLICT (channel_id, sender_id, client_message_id) DO NOTHING
  RETURNING *
), counters AS (
  UPDATE channels c SET last_seq = ins.seq, last_change_seq = ins.change_seq FROM ins WHERE c.id = ins.channel_id
  RETURNING c.id
)${
  withMentions
    ? `, men AS (
  -- Mentions count only for active channel members other than the sender (as on edit).
  INSERT INTO message_mentions (message_id, member_id, channel_id, seq)
  SELECT ins.id, mm.id, ins.channel_id, ins.seq
    FROM ins JOIN channel_members mcm ON mcm.channel_id = ins.channel_id JOIN members mm ON mm.id = mcm.member_id
   WHERE lower(mm.handle) = ANY($7) AND mm.status = 'ACTIVE' AND mm.id <> $2
  RETURNING member_id
)`
    : ''
}
SELECT ins.*, ch.kind AS channel_kind, ch.name AS channel_name,
       ${withMentions ? `(SELECT COALESCE(json_agg(member_id), '[]'::json) FROM men)` : `'[]'::json`} AS mentioned
  FROM ins CROSS JOIN ch CROSS JOIN counters`;

export interface SendStatementInput {
  channelId: string;
  memberId: string;
  sessionId: string;
  clientMessageId: string;
  body: string;
  threadRootId: string | null;
  /** Lower-cased handles found in the body; empty: no mention rows. */
  handles: string[];
}

export interface SendStatementRow {
  message: Message;
  channelKind: string;
  channelName: string | null;
  /** Members with a mention row written by this statement (fresh message: all of them are new). */
  mentioned: string[];
}

export function sendStatement(input: SendStatementInput): [string, unknown[]] {
  const params: unknown[] = [
    input.channelId,
    input.memberId,
    input.clientMessageId,
    input.body,
    input.threadRootId,
    input.sessionId,
  ];
  if (input.handles.length) params.push(input.handles);
  return [SEND_SQL(input.handles.length > 0), params];
}

/** Maps the statement's row (snake_case columns of `messages`) to the entity shape. */
export function toSendRow(raw: Record<string, unknown>): SendStatementRow {
  const message = {
    id: raw.id,
    channelId: raw.channel_id,
    seq: raw.seq,
    changeSeq: raw.change_seq,
    clientMessageId: raw.client_message_id,
    senderId: raw.sender_id,
    body: raw.body,
    threadRootId: raw.thread_root_id,
    editedAt: raw.edited_at,
    deletedAt: raw.deleted_at,
    createdAt: raw.created_at,
  } as Message;
  return {
    message,
    channelKind: raw.channel_kind as string,
    channelName: raw.channel_name as string | null,
    mentioned: raw.mentioned as string[],
  };
}
