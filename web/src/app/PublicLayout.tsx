import { Container, Group, Paper, Text } from '@mantine/core';
import { Outlet } from 'react-router';
import { appTexts } from './texts';

/** Frame of the pages before sign-in (Anmeldung, Einladung) and of TOTP enrolment. */
export function PublicLayout() {
  return (
    <div className="public-layout">
      <a className="skip-link" href="#inhalt">
        {appTexts.skipToContent}
      </a>
      <header>
        <Group justify="center" py="lg" gap="sm">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <Text fw={700} size="xl">
            {appTexts.appName}
          </Text>
        </Group>
      </header>
      <Container size={480} px="sm" pb="xl">
        <Paper component="main" id="inhalt" tabIndex={-1} withBorder p="lg" radius="md">
          <Outlet />
        </Paper>
      </Container>
    </div>
  );
}
