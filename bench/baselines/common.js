'use strict';
// What the bare baselines share (P1, P8): the HS256 check of the bearer token, the principal
// statement (session and member checked in the database on every request, as PrincipalService
// does), JSON answers and the node:http server on PORT.
const http = require('node:http');
const { createHmac, timingSafeEqual } = require('node:crypto');

const secret = process.env.JWT_SECRET;

/** The token's claims when its signature and expiry are valid, else null. */
function verify(token) {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  if (typeof claims.exp !== 'number' || claims.exp * 1000 < Date.now()) return null;
  return claims;
}

const PRINCIPAL = `SELECT m.id, m.organisation_id, o.kind, m.platform_role
  FROM sessions s JOIN members m ON m.id = s.member_id JOIN organisations o ON o.id = m.organisation_id
 WHERE s.id = $1 AND m.id = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND m.status = 'ACTIVE'`;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  res.end(json);
}

/** Serves `handle(req, res)` on 127.0.0.1:PORT; an exception answers 500. */
function serve(handle) {
  http
    .createServer((req, res) => {
      handle(req, res).catch((e) => {
        console.error(e);
        send(res, 500, { errors: [{ message: 'internal' }] });
      });
    })
    .listen(Number(process.env.PORT), '127.0.0.1');
}

module.exports = { verify, PRINCIPAL, send, serve };
