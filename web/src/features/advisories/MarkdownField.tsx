import { SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { MarkdownPreview } from '../../ui/MarkdownPreview';
import { advisoryTexts as t } from './texts';

/** A Markdown textarea with a preview tab (the server renders and sanitises the published text). */
export function MarkdownField({
  label,
  value,
  onChange,
  error,
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  maxLength?: number;
}) {
  const [mode, setMode] = useState<'write' | 'preview'>('write');
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label={t.modeLabel(label)}
        value={mode}
        onChange={(v) => setMode(v)}
        data={[
          { value: 'write', label: t.write },
          { value: 'preview', label: t.preview },
        ]}
        w="fit-content"
      />
      {mode === 'write' ? (
        <Textarea
          label={label}
          description={t.markdownHelp}
          value={value}
          error={error}
          maxLength={maxLength}
          autosize
          minRows={4}
          maxRows={18}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      ) : (
        <MarkdownPreview
          raw={value}
          empty={t.previewEmpty}
          loading={t.previewLoading}
          label={`${t.preview}: ${label}`}
        />
      )}
    </Stack>
  );
}
