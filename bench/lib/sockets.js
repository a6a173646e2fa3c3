'use strict';
// A light socket.io client harness: many websocket-only connections from one process.
const { io } = require('socket.io-client');

function connect(url, token, { timeout = 20000 } = {}) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      timeout,
      auth: token ? { token } : undefined,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => {
      socket.close();
      reject(e);
    });
  });
}

/** Emits with an ack; rejects on timeout or an `{error}` answer. */
function request(socket, event, data, timeout = 10000) {
  return new Promise((resolve, reject) => {
    socket.timeout(timeout).emit(event, data, (err, answer) => {
      if (err) return reject(err instanceof Error ? err : new Error(String(err)));
      if (answer?.error)
        return reject(
          Object.assign(new Error(answer.error.message ?? answer.error.code), { answer }),
        );
      resolve(answer);
    });
  });
}

/** Opens `n` connections with at most `parallel` handshakes in flight. */
async function connectMany(url, n, tokenOf, parallel = 50) {
  const sockets = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, n) }, async () => {
      while (next < n) {
        const i = next++;
        sockets[i] = await connect(url, tokenOf(i));
      }
    }),
  );
  return sockets;
}

function closeAll(sockets) {
  for (const s of sockets) s?.close();
}

module.exports = { connect, request, connectMany, closeAll };
