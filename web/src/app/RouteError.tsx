import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { AppLink } from '../ui/Link';
import { Page } from '../ui/Page';
import { appTexts } from './texts';

/** Error boundary of the routes: a German explanation, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  const chunk =
    error instanceof Error && /dynamically imported module|Failed to fetch/i.test(error.message);
  return (
    <Container size="sm" py="xl">
      <Page title={appTexts.crashTitle}>
        <Alert color="red" role="alert">
          <Stack gap="sm" align="flex-start">
            <Text>{chunk ? appTexts.chunkErrorText : appTexts.crashText}</Text>
            <Button onClick={() => window.location.reload()}>{appTexts.reload}</Button>
          </Stack>
        </Alert>
      </Page>
    </Container>
  );
}

export function NotFoundPage() {
  return (
    <Page title={appTexts.notFoundTitle}>
      <Text>{appTexts.notFoundText}</Text>
      <AppLink to="/">{appTexts.toHome}</AppLink>
    </Page>
  );
}
