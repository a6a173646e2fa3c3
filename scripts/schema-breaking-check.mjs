#!/usr/bin/env node
// Breaking-change check of the GraphQL schema (README "API").
//
// Compares schema.graphql in the working tree with the committed one of a base commit using
// @graphql-inspector/core `diff`, prints every change, and fails when a BREAKING change is not
// acknowledged: a line containing the word "breaking" (any case) and the change's schema coordinate
// (e.g. `Query.advisories`, `Advisory.title`, `Query.advisories.search`, `TlpLabel.RED`) must be in
// CHANGELOG.md or in a commit message between the base and HEAD.
//
// Base commit: $SCHEMA_BASE_REF when set; else the merge base with `main` (or `origin/main`) when HEAD is on a branch
// off main; else HEAD~1 (on main: the previous commit, the first parent of a merge). When there is
// no such commit (a shallow clone, the first commit) or the base has no schema.graphql, the check is
// skipped with a message and exit code 0.
//
// Usage: node scripts/schema-breaking-check.mjs [--schema schema.graphql] [--changelog CHANGELOG.md]
//        [--verbose]   (also list the safe changes)
import { diff, CriticalityLevel } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const schemaPath = option('schema', 'schema.graphql');
const changelogPath = option('changelog', 'CHANGELOG.md');

const git = (...gitArgs) =>
  execFileSync('git', gitArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const tryGit = (...gitArgs) => {
  try {
    return git(...gitArgs);
  } catch {
    return null;
  }
};
const skip = (why) => {
  console.log(`schema breaking-change check skipped: ${why}`);
  process.exit(0);
};

if (tryGit('rev-parse', '--is-inside-work-tree') !== 'true') skip('not inside a git work tree');
const head = tryGit('rev-parse', '--verify', 'HEAD^{commit}');
if (!head) skip('no commit yet');

function baseCommit() {
  const explicit = process.env.SCHEMA_BASE_REF;
  if (explicit) {
    const sha = tryGit('rev-parse', '--verify', `${explicit}^{commit}`);
    if (!sha) skip(`SCHEMA_BASE_REF=${explicit} is not a commit here (shallow clone?)`);
    return { sha, how: `SCHEMA_BASE_REF=${explicit}` };
  }
  const main =
    tryGit('rev-parse', '--verify', 'main^{commit}') ??
    tryGit('rev-parse', '--verify', 'origin/main^{commit}');
  if (main && main !== head) {
    const mergeBase = tryGit('merge-base', 'HEAD', main);
    if (mergeBase && mergeBase !== head) return { sha: mergeBase, how: 'merge base with main' };
  }
  const parent = tryGit('rev-parse', '--verify', 'HEAD~1^{commit}');
  if (!parent) skip('HEAD has no parent commit here (a shallow clone or the first commit)');
  return { sha: parent, how: 'HEAD~1' };
}

const base = baseCommit();
const oldSdl = tryGit('show', `${base.sha}:${schemaPath}`);
if (oldSdl === null) skip(`${schemaPath} does not exist in ${base.how} (${base.sha.slice(0, 12)})`);
const newSdl = readFileSync(resolve(schemaPath), 'utf8');

const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
const byLevel = (level) => changes.filter((c) => c.criticality.level === level);
const breaking = byLevel(CriticalityLevel.Breaking);
const dangerous = byLevel(CriticalityLevel.Dangerous);
const safe = byLevel(CriticalityLevel.NonBreaking);

// Where a breaking change may be named: the changelog and the commit messages since the base.
const notes = [
  existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '',
  tryGit('log', '--format=%B', `${base.sha}..HEAD`) ?? '',
]
  .join('\n')
  .split('\n')
  .filter((line) => /breaking/i.test(line));
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The coordinate as a whole word: `Advisory` is not named by `AdvisoryType` or by `Advisory.title`.
const names = (coordinate) => {
  const pattern = new RegExp(`(^|[^\\w.])${escape(coordinate)}(?![\\w]|\\.\\w)`);
  return (line) => pattern.test(line);
};
const acknowledged = (change) => {
  const coordinate = change.path ?? change.message;
  const test = names(coordinate);
  return notes.some((line) => test(line));
};

console.log(
  `schema ${schemaPath} against ${base.how} (${base.sha.slice(0, 12)}): ` +
    `${breaking.length} breaking, ${dangerous.length} dangerous, ${safe.length} safe change(s)`,
);
if (args.includes('--verbose')) for (const c of safe) console.log(`  safe       ${c.message}`);
for (const c of dangerous) console.log(`  dangerous  ${c.message}`);
const unacknowledged = [];
for (const c of breaking) {
  const ok = acknowledged(c);
  if (!ok) unacknowledged.push(c);
  console.log(
    `  BREAKING   ${c.message} [${c.path ?? '-'}]${ok ? ' (named in the changelog or a commit message)' : ''}`,
  );
}
if (unacknowledged.length) {
  console.error(
    `\n${unacknowledged.length} breaking change(s) not named. Clients break on them: prefer an additive change ` +
      `and @deprecated(reason: "Use … instead."). If the break is intended, add a line with "BREAKING" and the ` +
      `coordinate to CHANGELOG.md (or the commit message), e.g.:\n` +
      unacknowledged
        .map((c) => `  - BREAKING: ${c.path ?? c.message}: <why, and what clients use instead>`)
        .join('\n'),
  );
  process.exit(1);
}
console.log('schema breaking-change check passed');
