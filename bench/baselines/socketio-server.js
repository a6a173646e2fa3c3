'use strict';
// P3/P4 baseline: a bare socket.io server on node:http with the app's transport settings (64 KB
// packets, no client serving), no authentication and no storage. `channel:join` joins a room and
// acks; `message:send` acks with the message and broadcasts `message:new` to the room, with the
// same payload shape the app sends. GET / answers 200 for the harness' readiness check.
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { Server } = require('socket.io');

const server = http.createServer((req, res) => {
  if (req.url === '/' || req.url === '/health/ready') {
    res.writeHead(200, { 'content-type': 'application/json' });
    return res.end('{"status":"ok"}');
  }
  res.writeHead(404).end();
});
const io = new Server(server, { serveClient: false, maxHttpBufferSize: 64 * 1024 });
const seqs = new Map();

io.on('connection', (socket) => {
  socket.on('channel:join', (data, ack) => {
    void socket.join(`channel:${data.channelId}`);
    ack?.({
      channelId: data.channelId,
      lastSeq: seqs.get(data.channelId) ?? 0,
      messages: [],
      hasMore: false,
    });
  });
  socket.on('message:send', (data, ack) => {
    const seq = (seqs.get(data.channelId) ?? 0) + 1;
    seqs.set(data.channelId, seq);
    const message = {
      id: randomUUID(),
      channelId: data.channelId,
      seq,
      changeSeq: seq,
      clientMessageId: data.clientMessageId,
      senderId: socket.id,
      body: data.body,
      threadRootId: null,
      editedAt: null,
      deletedAt: null,
      createdAt: new Date().toISOString(),
      reactions: [],
    };
    ack?.({ message });
    io.to(`channel:${data.channelId}`).emit('message:new', message);
  });
  socket.on('typing', (data, ack) => {
    socket
      .to(`channel:${data.channelId}`)
      .emit('typing', { channelId: data.channelId, memberId: socket.id });
    ack?.({ ok: true });
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1');
