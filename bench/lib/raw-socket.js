'use strict';
// A minimal socket.io v4 client over a raw WebSocket (the `ws` package socket.io itself uses), for
// benchmarks that must receive tens of thousands of broadcasts per second on one core: socket.io-
// client decodes every packet into objects; this one answers pings, sends CONNECT with the auth
// payload and acks, and hands incoming event frames over as raw strings (the caller looks for what
// it needs with indexOf instead of JSON.parse). Engine.IO 4 / socket.io protocol 5, text frames.
const { WebSocket: WsSocket } = require('ws'); // not Node's global WebSocket

class RawSocket {
  constructor(ws) {
    this.ws = ws;
    this.nextAck = 0;
    this.acks = new Map();
    this.onFrame = null;
    /** Called when the server closes the connection (not after close()): a soak counts it as an error. */
    this.onClose = null;
    this.closing = false;
  }

  static connect(url, token, timeout = 20000) {
    return new Promise((resolve, reject) => {
      const ws = new WsSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
      const s = new RawSocket(ws);
      const timer = setTimeout(() => {
        ws.terminate();
        reject(new Error('connect timeout'));
      }, timeout);
      ws.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      ws.on('close', (code) => {
        if (!s.closing && s.onClose) s.onClose(code);
      });
      // A Buffer: binaryType stays 'nodebuffer' (ArrayBuffer or Buffer[] only when it is changed).
      ws.on('message', (/** @type {Buffer} */ data) => {
        const f = data.toString();
        if (f === '2') return ws.send('3');
        if (f[0] === '0') return ws.send(token ? `40${JSON.stringify({ token })}` : '40');
        if (f.startsWith('40')) {
          clearTimeout(timer);
          return resolve(s);
        }
        if (f.startsWith('44')) {
          clearTimeout(timer);
          ws.close();
          return reject(new Error(`connect refused: ${f.slice(2)}`));
        }
        if (f.startsWith('43')) {
          const bracket = f.indexOf('[');
          const id = Number(f.slice(2, bracket));
          const ack = s.acks.get(id);
          if (ack) {
            s.acks.delete(id);
            ack(JSON.parse(f.slice(bracket))[0]);
          }
          return;
        }
        if (f.startsWith('42') && s.onFrame) s.onFrame(f);
      });
    });
  }

  /** Emits an event with an ack; rejects on timeout or an `{error}` answer. */
  request(event, data, timeout = 10000) {
    return new Promise((resolve, reject) => {
      const id = this.nextAck++;
      const timer = setTimeout(() => {
        this.acks.delete(id);
        reject(new Error(`${event}: ack timeout`));
      }, timeout);
      this.acks.set(id, (answer) => {
        clearTimeout(timer);
        if (answer?.error) reject(new Error(answer.error.message ?? answer.error.code));
        else resolve(answer);
      });
      this.ws.send(`42${id}${JSON.stringify([event, data])}`);
    });
  }

  close() {
    this.closing = true;
    this.ws.close();
  }
}

/** Opens `n` raw connections with at most `parallel` handshakes in flight. */
async function connectManyRaw(url, n, tokenOf, parallel = 50) {
  const sockets = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, n) }, async () => {
      while (next < n) {
        const i = next++;
        sockets[i] = await RawSocket.connect(url, tokenOf(i));
      }
    }),
  );
  return sockets;
}

module.exports = { RawSocket, connectManyRaw };
