import { useQuery } from '@apollo/client/react';
import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { MarkdownPreview } from '../../ui/MarkdownPreview';
import { activeMention, insertMention, type ActiveMention } from './mentions';
import { MentionCandidatesQuery } from './operations';
import { forumTexts as t } from './texts';

/**
 * Markdown input with a preview tab and @mention autocomplete (members matching what is typed
 * after "@"; arrow keys choose, Enter or Tab takes, Escape closes).
 */
export function Composer({
  value,
  onChange,
  label,
  error,
  textareaRef,
}: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const id = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? ownRef;
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  const [mention, setMention] = useState<ActiveMention | null>(null);
  const [cursor, setCursor] = useState(0);
  const [active, setActive] = useState(0);
  const [query] = useDebouncedValue(mention?.query ?? '', 200);
  const open = mention !== null && mention.query.length >= 1 && query.length >= 1;
  const { data } = useQuery(MentionCandidatesQuery, {
    variables: { search: query },
    skip: !open,
  });
  const options = open ? (data?.members.nodes ?? []) : [];
  const listId = `${id}-mentions`;

  const track = (text: string, pos: number) => {
    setCursor(pos);
    const m = activeMention(text, pos);
    setMention(m);
    if (!m || m.query !== mention?.query) setActive(0);
  };
  const choose = (handle: string) => {
    if (!mention) return;
    const next = insertMention(value, mention, cursor, handle);
    onChange(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(next.cursor, next.cursor);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!options.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % options.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + options.length) % options.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      choose(options[Math.min(active, options.length - 1)].handle);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setMention(null);
    }
  };

  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t.modeLabel}
        value={mode}
        onChange={(v) => setMode(v)}
        data={[
          { value: 'write', label: t.write },
          { value: 'preview', label: t.preview },
        ]}
        w="fit-content"
      />
      {mode === 'write' ? (
        <>
          <Textarea
            ref={ref}
            label={label}
            description={t.markdownHelp}
            value={value}
            error={error}
            autosize
            minRows={5}
            maxRows={20}
            aria-autocomplete="list"
            aria-controls={options.length ? listId : undefined}
            aria-activedescendant={options.length ? `${listId}-${active}` : undefined}
            onChange={(e) => {
              onChange(e.currentTarget.value);
              track(e.currentTarget.value, e.currentTarget.selectionStart);
            }}
            onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setMention(null), 150)}
          />
          {open && data ? (
            <Text size="sm" role="status" className="visually-hidden">
              {t.mentionCount(options.length)}
            </Text>
          ) : null}
          {options.length ? (
            <ul
              role="listbox"
              id={listId}
              aria-label={t.mentionSuggestions}
              className="plain-list mention-list"
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
                  {t.mentionOption(m.displayName, m.handle, m.organisation.name)}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <MarkdownPreview
          raw={value}
          empty={t.previewEmpty}
          loading={t.previewLoading}
          label={t.preview}
        />
      )}
    </Stack>
  );
}
