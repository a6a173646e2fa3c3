'use strict';
// Preloaded into a server under test with `node -r bench/lib/count-queries.js` (never in the app):
// counts every statement sent through node-postgres (TypeORM's repositories, query builders, raw
// queries and transactions all end in pg's Client#query). GET /count answers the count, GET /reset
// answers the same and sets it to zero; on its own port (SN_BENCH_COUNTER_PORT) so it never touches the app's routes.
const http = require('node:http');
const { Client } = require('pg');

let count = 0;
const statements = [];
const original = Client.prototype.query;
Client.prototype.query = function countedQuery(config, ...rest) {
  count++;
  if (statements.length < 200)
    statements.push(
      String(typeof config === 'string' ? config : config?.text)
        .replace(/\s+/g, ' ')
        .slice(0, 100),
    );
  return original.call(this, config, ...rest);
};

const port = Number(process.env.SN_BENCH_COUNTER_PORT);
if (port) {
  http
    .createServer((req, res) => {
      const body = JSON.stringify({ count, statements });
      if (req.url === '/reset') {
        count = 0;
        statements.length = 0;
      }
      res.setHeader('content-type', 'application/json');
      res.end(body);
    })
    .listen(port, '127.0.0.1')
    .unref();
}
