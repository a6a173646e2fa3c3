// `npm run dev`: the API (built once, then `node dist/src/main.js` on PORT, default 3000) and the
// Vite dev server on http://127.0.0.1:5173 with reload on change, proxying /graphql, /auth and
// /socket.io to the API. Stop both with Ctrl+C. Server code changes need a restart.
import { spawn, spawnSync } from 'node:child_process';

const run = (cmd, args) =>
  spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
const built = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
spawnSync('npm', ['run', 'codegen'], { stdio: 'inherit' });
const api = run('node', ['dist/src/main.js']);
const web = run('npx', ['vite', '--config', 'web/vite.config.mts']);
const stop = () => {
  api.kill('SIGTERM');
  web.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
api.on('exit', (code) => {
  web.kill('SIGTERM');
  process.exitCode = code ?? 0;
});
