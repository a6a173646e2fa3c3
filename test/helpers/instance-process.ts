import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis-server';
import { TEST_JWT_SECRET, TEST_ORIGIN } from './test-app';

/** One app instance as its own process (src/main.ts), with its log lines kept for assertions. */
export interface InstanceProcess {
  url: string;
  process: ChildProcess;
  /** stdout and stderr, line by line. */
  lines: string[];
  exited(): boolean;
  /** SIGTERM (graceful), SIGKILL after 10 s; resolves when the process is gone. */
  stop(): Promise<void>;
  /** SIGKILL at once, as a crashed machine; resolves when the process is gone. */
  kill(): Promise<void>;
}

function gone(child: ChildProcess, dir: string): Promise<void> {
  const clean = () => rmSync(dir, { recursive: true, force: true });
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(clean());
  return new Promise((resolve) => child.once('exit', () => resolve(clean())));
}

export async function startInstance(env: Record<string, string>): Promise<InstanceProcess> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'sn-test-instance-'));
  const child = spawn(process.execPath, [join(__dirname, 'run-instance.cjs')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      // Not production: there the CSAF validator compiles at start (40 s on a loaded machine).
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET: TEST_JWT_SECRET,
      CORS_ORIGINS: TEST_ORIGIN,
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk: Buffer) => {
      const parts = (rest + chunk.toString()).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const instance: InstanceProcess = {
    url,
    process: child,
    lines,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async stop() {
      if (instance.exited()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await gone(child, dir);
      clearTimeout(timer);
    },
    async kill() {
      if (!instance.exited()) child.kill('SIGKILL');
      await gone(child, dir);
    },
  };
  // Compiling and starting takes a few seconds (more on a loaded machine): bounded wait.
  for (let i = 0; i < 600; i++) {
    if (instance.exited())
      throw new Error(`instance exited at start:\n${lines.slice(-20).join('\n')}`);
    const ok = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return instance;
    await new Promise((r) => setTimeout(r, 200));
  }
  await instance.kill();
  throw new Error(`instance did not become ready within 120 s:\n${lines.slice(-20).join('\n')}`);
}
