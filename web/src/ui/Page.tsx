import { Stack, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { uiTexts } from './texts';

/**
 * Frame of every page: one h1 (the page's name, also the document title) and its content.
 * `actions` sits beside the title (buttons for the page).
 */
export function Page({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = `${title} – ${uiTexts.appName}`;
  }, [title]);
  return (
    <Stack gap="lg">
      <div className="page-head">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </Stack>
  );
}
