import { badInput } from '../common/errors/app-error';
import { validateId } from './chat-access';

/** Socket payloads arrive untyped: every field is checked here before a service sees it. */
export function objectOf(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw badInput('payload', 'Ein Objekt erwartet.');
  return data as Record<string, unknown>;
}

export function optionalSeq(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw badInput(field, 'Ganze Zahl ab 0 erwartet.');
  return value;
}

export function channelIdOf(data: unknown): string {
  return validateId('channelId', objectOf(data).channelId);
}

export const PRESENCE_STATES = ['online', 'away'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number] | 'offline';

/** Every event the gateway answers; anything else is refused before it reaches a handler. */
export const SOCKET_EVENTS = new Set([
  'channel:join',
  'channel:leave',
  'channel:catchup',
  'message:send',
  'message:edit',
  'message:delete',
  'message:react',
  'typing',
  'presence',
  'presence:query',
]);
