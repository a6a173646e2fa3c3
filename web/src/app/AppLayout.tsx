import { ApolloProvider, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  AppShell,
  Burger,
  Button,
  Group,
  NavLink as MantineNavLink,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { NotificationBell } from '../features/notifications';
import { graphql } from '../gql';
import { appApolloClient } from '../lib/apollo';
import { session } from '../lib/session';
import { LoadingState } from '../ui/States';
import { NAV_ITEMS } from './nav';
import { appTexts } from './texts';

const AppMeQuery = graphql(`
  query AppMe {
    me {
      id
      displayName
      platformRole
      organisationRole
      organisation {
        id
        name
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation AppLogout {
    logout
  }
`);

/** Signs out here: ends the session on the server, forgets the cookie and the cache. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const signOut = async () => {
    session.beginSignOut();
    try {
      await logout();
    } catch {
      // Already ended elsewhere: still forget everything here.
    }
    await session.clearCookie();
    session.end('signed-out');
    await client.clearStore();
    void navigate('/anmeldung', { replace: true });
  };
  return { signOut, loading };
}

/**
 * The shell of every member page: header (name, notifications, sign-out), navigation, content.
 * Apollo (GraphQL cache) is provided here, so the sign-in pages load without it.
 */
export function AppLayout() {
  return (
    <ApolloProvider client={appApolloClient()}>
      <Shell />
    </ApolloProvider>
  );
}

function Shell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { data } = useQuery(AppMeQuery);
  const { signOut, loading } = useSignOut();
  const me = data?.me;
  const { pathname } = useLocation();
  const isActive = (to: string, end?: boolean) =>
    end ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#inhalt">
        {appTexts.skipToContent}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? appTexts.closeNavigation : appTexts.openNavigation}
              aria-expanded={opened}
              aria-controls="hauptnavigation"
            />
            <UnstyledButton
              component={Link}
              to="/"
              className="brand"
              aria-label={appTexts.brandLabel}
            >
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <Text fw={700} size="lg" visibleFrom="xs" aria-hidden>
                {appTexts.appName}
              </Text>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            {me ? (
              <Text size="sm" visibleFrom="md" className="me-name">
                {me.displayName} · {me.organisation.name}
              </Text>
            ) : null}
            <Button variant="default" size="sm" onClick={() => void signOut()} loading={loading}>
              {appTexts.signOut}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="xs"
        id="hauptnavigation"
        aria-label={appTexts.mainNavigation}
        component="nav"
      >
        {NAV_ITEMS.filter((item) => !item.visible || (me ? item.visible(me) : false)).map(
          (item) => (
            <MantineNavLink
              key={item.to}
              component={NavLink}
              to={item.to}
              end={item.end}
              label={item.label}
              active={isActive(item.to, item.end)}
              // Filled: white on blue 9 (6.3:1); the light variant's text fails WCAG AA.
              variant="filled"
              color="blue.9"
              onClick={close}
            />
          ),
        )}
      </AppShell.Navbar>
      <AppShell.Main id="inhalt" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
