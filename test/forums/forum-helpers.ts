import { CategoriesService, defaultCategories } from '../../src/forums/categories.service';
import { ForumCategory } from '../../src/forums/forum.entities';
import { Cast, ROLES, Role, tokenOf } from '../helpers/factories';
import { errorCode, GqlResult, TestApp } from '../helpers/test-app';

export interface Categories {
  general: ForumCategory;
  municipal: ForumCategory;
  providers: ForumCategory;
  cert: ForumCategory;
}

/** The default categories, inserted the way the seed script does. */
export async function seedCategories(t: TestApp): Promise<Categories> {
  expect(await t.app.get(CategoriesService).ensureDefaults()).toBe(defaultCategories().length);
  const saved = await t.db.getRepository(ForumCategory).find();
  const by = (name: string) => saved.find((c) => c.name === name)!;
  return {
    general: by('Allgemein'),
    municipal: by('Kommunen unter sich'),
    providers: by('Dienstleister'),
    cert: by('CERT-Lagebild'),
  };
}

export const CREATE_TOPIC = `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { id title postCount } }`;
export const CREATE_POST = `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { id postNumber html raw } }`;

export function ok<T>(r: GqlResult<T>): T {
  if (r.errors?.length) throw new Error(`unexpected GraphQL error: ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function createTopic(
  t: TestApp,
  token: string,
  categoryId: string,
  title: string,
  body = 'Erster Beitrag',
): Promise<string> {
  return ok(await t.gql(CREATE_TOPIC, { input: { categoryId, title, body } }, token))
    .createForumTopic.id;
}

export async function firstPostId(t: TestApp, token: string, topicId: string): Promise<string> {
  return ok(
    await t.gql(
      `query($id: ID!) { forumTopic(id: $id) { posts(first: 1) { nodes { id } } } }`,
      { id: topicId },
      token,
    ),
  ).forumTopic.posts.nodes[0].id;
}

export async function reply(
  t: TestApp,
  token: string,
  topicId: string,
  body: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; postNumber: number; html: string }> {
  return ok(await t.gql(CREATE_POST, { input: { topicId, body, ...extra } }, token))
    .createForumPost;
}

/** 'ok' or the error code, per role: the shape of every role-matrix assertion. */
export async function matrix(
  cast: Cast,
  run: (token: string | null, role: Role) => Promise<GqlResult>,
): Promise<Record<Role, string>> {
  const out = {} as Record<Role, string>;
  for (const role of ROLES) {
    const r = await run(tokenOf(cast, role), role);
    out[role] = errorCode(r) ?? 'ok';
  }
  return out;
}

export async function count(t: TestApp, table: string): Promise<number> {
  const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}
