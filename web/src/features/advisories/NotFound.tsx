import { Alert, Stack } from '@mantine/core';
import { describeError } from '../../lib/errors';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { ErrorAlert } from '../../ui/States';
import { advisoryTexts as t } from './texts';

/**
 * An advisory that does not exist and one the TLP rules hide look the same (the API answers
 * NOT_FOUND for both); so does this page.
 */
export function AdvisoryNotFound({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const info = describeError(error);
  if (info.code !== 'NOT_FOUND' && info.code !== 'BAD_USER_INPUT') {
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
          {t.notFound}
        </Alert>
        <AppLink to="/warnungen">{t.backToList}</AppLink>
      </Stack>
    </Page>
  );
}
