import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';

type Render = (raw: string) => string;
let renderer: Promise<Render> | null = null;
/** The Markdown library loads only when a preview is first shown (not with the page). */
const loadRenderer = () => (renderer ??= import('./markdown-preview').then((m) => m.renderPreview));

/** Preview of the member's own Markdown (raw HTML escaped, only safe links). */
export function MarkdownPreview({
  raw,
  empty,
  loading,
  label,
}: {
  raw: string;
  empty: string;
  loading: string;
  label: string;
}) {
  const [html, setHtml] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void loadRenderer().then((render) => {
      if (live) setHtml(render(raw));
    });
    return () => {
      live = false;
    };
  }, [raw]);
  if (!raw.trim()) return <Text>{empty}</Text>;
  if (html === null) return <Text role="status">{loading}</Text>;
  return (
    <div
      className="md-preview"
      role="region"
      aria-label={label}
      // Escaped and link-checked by renderPreview; see markdown-preview.ts.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
