import { createContext, useContext, useEffect } from 'react';
import type { AppSocket, ServerEvents } from './socket';

/** The signed-in tab's socket (null while signed out or before TOTP is set up). */
export const SocketContext = createContext<AppSocket | null>(null);

export function useSocket(): AppSocket | null {
  return useContext(SocketContext);
}

/** Subscribes to a server event while the component is mounted. */
export function useSocketEvent<E extends keyof ServerEvents>(
  event: E,
  handler: ServerEvents[E],
): void {
  const socket = useSocket();
  useEffect(() => {
    if (!socket) return;
    socket.on(event, handler as never);
    return () => {
      socket.off(event, handler as never);
    };
  }, [socket, event, handler]);
}
