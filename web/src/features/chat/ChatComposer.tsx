import { Button, Group, Textarea } from '@mantine/core';
import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  activeMention,
  insertMention,
  matchMembers,
  type ActiveMention,
  type MentionCandidate,
} from './mentions';
import { chatTexts as t } from './texts';

/**
 * The message input: Enter sends, Shift+Enter starts a new line; "@" suggests channel members
 * (arrow keys choose, Enter or Tab takes, Escape closes). Sending never waits: the message shows
 * as pending in the timeline at once. Memoised: the channel page's other changes (connection,
 * members) do not re-render it or its autosizing textarea.
 */
export const ChatComposer = memo(function ChatComposer({
  label,
  members,
  disabled,
  onSend,
  onTyping,
}: {
  label: string;
  members: MentionCandidate[];
  disabled?: boolean;
  onSend: (body: string) => void;
  onTyping?: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState('');
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [cursor, setCursor] = useState(0);
  const [active, setActive] = useState(0);
  const options = mention ? matchMembers(members, mention.query) : [];
  const listId = `${id}-mentions`;

  const track = (text: string, pos: number) => {
    setCursor(pos);
    const m = activeMention(text, pos);
    if (!m || m.query !== mention?.query) setActive(0);
    setMention(m);
  };
  const choose = (handle: string) => {
    if (!mention) return;
    const next = insertMention(value, mention, cursor, handle);
    setValue(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.cursor, next.cursor);
    });
  };
  const submit = () => {
    if (!value.trim() || disabled) return;
    onSend(value);
    setValue('');
    setMention(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (options.length) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        return setActive((a) => (a + 1) % options.length);
      }
      if (e.key === 'ArrowUp') {
        e.preventDefault();
        return setActive((a) => (a - 1 + options.length) % options.length);
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        return choose(options[Math.min(active, options.length - 1)].handle);
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        return setMention(null);
      }
    }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <form
      className="chat-composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <Textarea
          ref={ref}
          className="chat-composer-input"
          label={label}
          description={t.composerHelp}
          value={value}
          disabled={disabled}
          autosize
          minRows={1}
          maxRows={8}
          aria-autocomplete="list"
          aria-controls={options.length ? listId : undefined}
          aria-activedescendant={options.length ? `${listId}-${active}` : undefined}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            track(e.currentTarget.value, e.currentTarget.selectionStart);
            onTyping?.();
          }}
          onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setMention(null), 150)}
        />
        <Button type="submit" disabled={disabled}>
          {t.send}
        </Button>
      </Group>
      {options.length ? (
        <ul
          role="listbox"
          id={listId}
          aria-label={t.mentionSuggestions}
          className="plain-list chat-mentions"
        >
          {options.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(m.handle);
              }}
            >
              {t.mentionOption(m.displayName, m.handle)}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
});
