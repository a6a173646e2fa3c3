import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './built-app';

/** README, package.json, the Docker image and the Node running the tests name the same Node. */
describe('runtime versions agree', () => {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const pkg = JSON.parse(read('package.json')) as {
    engines: { node: string };
    devDependencies: Record<string, string>;
  };

  it('Node 24 everywhere', () => {
    expect(pkg.engines.node).toBe('>=24');
    expect(pkg.devDependencies['@types/node']).toMatch(/^24\./);
    const images = [...read('docker/Dockerfile').matchAll(/^FROM (node:\S+)/gm)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((i) => i.startsWith('node:24-'))).toBe(true);
    expect(read('README.md')).toContain('Node 24');
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
