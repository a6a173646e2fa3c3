import { Alert, Stack } from '@mantine/core';
import { describeError } from '../../lib/errors';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert } from '../../ui/States';
import { forumTexts as t } from './texts';

/**
 * A category, topic or post that does not exist or that the member may not read: the API answers
 * NOT_FOUND for both (no hint that it exists), and so does this page. Other errors as usual.
 */
export function NotFound({
  error,
  message,
  onRetry,
}: {
  error: unknown;
  message: string;
  onRetry?: () => void;
}) {
  const info = describeError(error);
  if (info.code !== 'NOT_FOUND' && info.code !== 'FORBIDDEN') {
    return (
      <Page title={t.title}>
        <ErrorAlert error={error} onRetry={onRetry} />
      </Page>
    );
  }
  return (
    <Page title={t.notFoundTitle}>
      <Stack gap="md" align="flex-start">
        <Alert color="gray" role="alert">
          {message}
        </Alert>
        <AppLink to="/foren">{t.backToForums}</AppLink>
      </Stack>
    </Page>
  );
}
