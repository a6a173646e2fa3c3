/** The socket.io rooms of the chat, named in one place. */
export const channelRoom = (id: string) => `channel:${id}`;
export const memberRoom = (id: string) => `member:${id}`;
export const sessionRoom = (id: string) => `session:${id}`;
