import { Button, Center, Text } from '@mantine/core';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { chatTexts as t } from './texts';

/**
 * The scrolling message log. New messages are announced politely (role="log"); a history page
 * added above is not (aria-live is off while it goes in) and keeps what the member was reading
 * in place: the scroll position moves by the height that was added above. Near the bottom, the
 * list follows new messages.
 */
export function MessageList({
  label,
  items,
  firstKey,
  lastKey,
  hasOlder,
  onLoadOlder,
  empty,
}: {
  label: string;
  items: ReactNode;
  /** Key of the first and last item: tells a page added above from a message added below. */
  firstKey: string | null;
  lastKey: string | null;
  hasOlder: boolean;
  onLoadOlder: () => Promise<void>;
  empty: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const snapshot = useRef({ height: 0, top: 0, firstKey: null as string | null, atBottom: true });
  const [loadingOlder, setLoadingOlder] = useState(false);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const before = snapshot.current;
    if (before.firstKey !== null && firstKey !== before.firstKey && before.height > 0) {
      // A page above: keep the anchor.
      el.scrollTop = before.top + (el.scrollHeight - before.height);
    } else if (before.atBottom) {
      el.scrollTop = el.scrollHeight;
    }
    snapshot.current = {
      height: el.scrollHeight,
      top: el.scrollTop,
      firstKey,
      atBottom: el.scrollHeight - el.scrollTop - el.clientHeight < 80,
    };
  }, [firstKey, lastKey, items]);

  const loadOlder = () => {
    if (loadingOlder || !hasOlder) return;
    setLoadingOlder(true);
    void onLoadOlder().finally(() => setLoadingOlder(false));
  };

  const onScroll = () => {
    const el = ref.current;
    if (!el) return;
    snapshot.current = {
      ...snapshot.current,
      height: el.scrollHeight,
      top: el.scrollTop,
      atBottom: el.scrollHeight - el.scrollTop - el.clientHeight < 80,
    };
    if (el.scrollTop < 120) loadOlder();
  };

  return (
    <div className="chat-scroll" ref={ref} onScroll={onScroll} data-testid="chat-scroll">
      <Center py="xs">
        {hasOlder ? (
          <Button variant="subtle" size="xs" onClick={loadOlder} loading={loadingOlder}>
            {loadingOlder ? t.loadingOlder : t.loadOlder}
          </Button>
        ) : (
          <Text size="sm">{empty ? t.empty : t.start}</Text>
        )}
      </Center>
      <div
        role="log"
        aria-label={label}
        aria-live={loadingOlder ? 'off' : 'polite'}
        aria-relevant="additions"
      >
        <ol className="plain-list chat-log">{items}</ol>
      </div>
    </div>
  );
}
