import { MantineProvider } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { connectSocket, type AppSocket } from '../lib/socket';
import { SocketContext } from '../lib/socket-context';
import { useSession } from '../lib/use-session';
import { createAppRouter } from './router';
import { theme } from './theme';

/** One socket while signed in (and TOTP is not pending); closed at sign-out. */
function SocketProvider({ children }: { children: React.ReactNode }) {
  const s = useSession();
  const active = s.status === 'signed-in' && !s.totpSetupRequired;
  const [socket, setSocket] = useState<AppSocket | null>(null);
  useEffect(() => {
    if (!active) return;
    let closed = false;
    let current: AppSocket | null = null;
    void connectSocket().then((next) => {
      if (closed) return void next.disconnect();
      current = next;
      setSocket(next);
    });
    return () => {
      closed = true;
      current?.disconnect();
      setSocket(null);
    };
  }, [active, s.memberId]);
  return <SocketContext.Provider value={socket}>{children}</SocketContext.Provider>;
}

export function App() {
  const router = useMemo(() => createAppRouter(), []);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <SocketProvider>
        <RouterProvider router={router} />
      </SocketProvider>
    </MantineProvider>
  );
}
