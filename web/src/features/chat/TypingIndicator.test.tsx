import { MantineProvider } from '@mantine/core';
import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppSocket } from '../../lib/socket';
import { SocketContext } from '../../lib/socket-context';
import { TypingIndicator } from './ChannelSide';

/** The two calls the indicator makes on a socket.io socket, and a way to deliver server events. */
function fakeSocket() {
  const handlers = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (event: string, h: (payload: unknown) => void) => {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(h);
    },
    off: (event: string, h: (payload: unknown) => void) => handlers.get(event)?.delete(h),
  };
  const deliver = (event: string, payload: unknown) => {
    act(() => {
      for (const h of handlers.get(event) ?? []) h(payload);
    });
  };
  return { socket: socket as unknown as AppSocket, deliver };
}

const channelId = 'c1';
const typing = (memberId: string, displayName: string, channel = channelId) => ({
  channelId: channel,
  memberId,
  displayName,
});

describe('TypingIndicator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  function setup() {
    const { socket, deliver } = fakeSocket();
    let renders = 0;
    const { container } = render(
      <MantineProvider>
        <SocketContext.Provider value={socket}>
          <Profiler id="typing" onRender={() => renders++}>
            <TypingIndicator channelId={channelId} selfId="me" />
          </Profiler>
        </SocketContext.Provider>
      </MantineProvider>,
    );
    const line = () => container.querySelector('.chat-typing')?.textContent?.trim();
    return { deliver, line, renders: () => renders };
  }

  it('names who types in this channel, not the member themself and not other channels', () => {
    const { deliver, line } = setup();
    deliver('typing', typing('me', 'Ich selbst'));
    deliver('typing', typing('m2', 'Jörg Müller', 'other'));
    expect(line()).toBe('');
    deliver('typing', typing('m1', 'Anna Weiß'));
    expect(line()).toContain('Anna Weiß');
    expect(line()).not.toContain('Jörg');
  });

  it('renders again only when the set of names changes, not for every typing event', () => {
    const { deliver, renders } = setup();
    deliver('typing', typing('m1', 'Anna Weiß'));
    const afterFirst = renders();
    for (let i = 0; i < 10; i++) deliver('typing', typing('m1', 'Anna Weiß'));
    act(() => void vi.advanceTimersByTime(1000));
    // React may run the component once more before it bails out of an unchanged state; what
    // counts is that ten typing events of the same member do not mean ten renders.
    const afterRepeats = renders();
    expect(afterRepeats - afterFirst).toBeLessThanOrEqual(1);
    deliver('typing', typing('m2', 'Jörg Müller'));
    expect(renders()).toBeGreaterThan(afterRepeats);
  });

  it('drops a name five seconds after the last typing event, or at once with their message', () => {
    const { deliver, line } = setup();
    deliver('typing', typing('m1', 'Anna Weiß'));
    deliver('typing', typing('m2', 'Jörg Müller'));
    deliver('message:new', { channelId, senderId: 'm2' });
    expect(line()).toContain('Anna Weiß');
    expect(line()).not.toContain('Jörg');
    act(() => void vi.advanceTimersByTime(4000));
    expect(line()).toContain('Anna Weiß');
    act(() => void vi.advanceTimersByTime(2000));
    expect(line()).toBe('');
  });

  it('names at most three members, then says how many more', () => {
    const { deliver, line } = setup();
    deliver('typing', typing('m1', 'Anna Weiß'));
    deliver('typing', typing('m2', 'Jörg Müller'));
    expect(line()).toBe('Anna Weiß und Jörg Müller schreiben …');
    deliver('typing', typing('m3', 'Özlem Şahin'));
    expect(line()).toBe('Anna Weiß, Jörg Müller und Özlem Şahin schreiben …');
    deliver('typing', typing('m4', 'Bernd Groß'));
    deliver('typing', typing('m5', 'Clara Fuß'));
    expect(line()).toBe('Anna Weiß, Jörg Müller und 3 weitere schreiben …');
  });
});
