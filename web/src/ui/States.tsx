import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { describeError, type ErrorCode } from '../lib/errors';
import { uiTexts } from './texts';

/** A loading state that screen readers announce. */
export function LoadingState({ label = uiTexts.loading }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text size="sm">{label}</Text>
      </Stack>
    </Center>
  );
}

/** Nothing to show yet: a sentence, and optionally what to do. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Stack align="flex-start" gap="sm" py="md">
      <Text>{children}</Text>
      {action}
    </Stack>
  );
}

/**
 * Any error as a German sentence (mapped by extensions.code, never the raw message of GraphQL).
 * `overrides` says what a code means on this page.
 */
export function ErrorAlert({
  error,
  overrides,
  onRetry,
  title = uiTexts.errorTitle,
}: {
  error: unknown;
  overrides?: Partial<Record<ErrorCode, string>>;
  onRetry?: () => void;
  title?: string;
}) {
  if (!error) return null;
  const info = describeError(error, overrides);
  return (
    <Alert color="red" title={title} role="alert" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{info.message}</Text>
        {onRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {uiTexts.retry}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
