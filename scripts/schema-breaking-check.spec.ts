import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs scripts/schema-breaking-check.mjs in throw-away git repositories: a removed field fails the
 * check unless a changelog line or commit message names it as breaking; an added field passes; a
 * clone without the base commit skips.
 */
const SCRIPT = resolve(__dirname, 'schema-breaking-check.mjs');

const V1 = `"""Root."""\ntype Query {\n  """A."""\n  a: String\n\n  """B."""\n  b: Int\n}\n`;
const ADDED = `"""Root."""\ntype Query {\n  """A."""\n  a: String\n\n  """B."""\n  b: Int\n\n  """C."""\n  c: Boolean\n}\n`;
const REMOVED = `"""Root."""\ntype Query {\n  """A."""\n  a: String\n}\n`;

describe('schema breaking-change check', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const git = (cwd: string, ...args: string[]) =>
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.org',
        '-c',
        'commit.gpgsign=false',
        ...args,
      ],
      { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );

  /** A repository on `main` whose first commit holds V1 and whose second commit holds `next`. */
  function repoWith(next: string, message = 'Change the schema', changelog?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'schema-check-'));
    dirs.push(dir);
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, 'schema.graphql'), V1);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'First schema');
    writeFileSync(join(dir, 'schema.graphql'), next);
    if (changelog !== undefined) writeFileSync(join(dir, 'CHANGELOG.md'), changelog);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', message);
    return dir;
  }

  function check(cwd: string, env: Record<string, string> = {}) {
    const run = spawnSync(process.execPath, [SCRIPT], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, SCHEMA_BASE_REF: '', ...env },
    });
    return { status: run.status, out: `${run.stdout}${run.stderr}` };
  }

  it('fails on a removed field that nobody named', () => {
    const r = check(repoWith(REMOVED));
    expect(r.status).toBe(1);
    expect(r.out).toContain('1 breaking');
    expect(r.out).toMatch(/BREAKING\s+Field 'b' was removed from object type 'Query' \[Query\.b\]/);
    expect(r.out).toContain('- BREAKING: Query.b:');
  });

  it('passes on an added field', () => {
    const r = check(repoWith(ADDED));
    expect(r.status).toBe(0);
    expect(r.out).toContain('0 breaking, 0 dangerous, 2 safe change(s)');
    expect(r.out).toContain('schema breaking-change check passed');
  });

  it('passes on a removed field named as breaking in CHANGELOG.md', () => {
    const r = check(
      repoWith(REMOVED, 'Remove b', '# Changelog\n\n- BREAKING: Query.b removed; use Query.a.\n'),
    );
    expect(r.status).toBe(0);
    expect(r.out).toContain('(named in the changelog or a commit message)');
  });

  it('passes on a removed field named as breaking in a commit message since the base', () => {
    const r = check(repoWith(REMOVED, 'Remove Query.b\n\nBREAKING CHANGE: Query.b is gone.'));
    expect(r.status).toBe(0);
  });

  it('does not count a mention without "breaking", nor a longer name', () => {
    expect(check(repoWith(REMOVED, 'Remove Query.b (clients use Query.a)')).status).toBe(1);
    expect(check(repoWith(REMOVED, 'BREAKING: Query.bb removed')).status).toBe(1);
    expect(check(repoWith(REMOVED, 'BREAKING: Query.b.x removed')).status).toBe(1);
  });

  it('compares a branch with its merge base on main', () => {
    const dir = repoWith(ADDED);
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'schema.graphql'), REMOVED);
    git(dir, 'commit', '-q', '-am', 'Drop b and c');
    writeFileSync(join(dir, 'other.txt'), 'later commit without schema change');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Unrelated');
    const r = check(dir);
    expect(r.out).toContain('merge base with main');
    expect(r.status).toBe(1);
    expect(r.out).toContain('2 breaking');
  });

  it('skips with a message where the base commit is missing (a shallow clone)', () => {
    const origin = repoWith(REMOVED);
    const clone = mkdtempSync(join(tmpdir(), 'schema-check-clone-'));
    dirs.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const r = check(clone);
    expect(r.status).toBe(0);
    expect(r.out).toContain('skipped: HEAD has no parent commit here');
    const explicit = check(clone, { SCHEMA_BASE_REF: 'origin/does-not-exist' });
    expect(explicit.status).toBe(0);
    expect(explicit.out).toContain(
      'skipped: SCHEMA_BASE_REF=origin/does-not-exist is not a commit',
    );
  });
});
