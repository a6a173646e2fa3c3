import { createCast, Cast } from './helpers/factories';
import { errorCode, startTestApp, TestApp } from './helpers/test-app';
import { ok, seedCategories } from './forums/forum-helpers';

jest.setTimeout(60_000);

const INTROSPECT = `{ __schema { types { name kind
  fields(includeDeprecated: true) { name isDeprecated deprecationReason args(includeDeprecated: true) { name isDeprecated deprecationReason } }
  inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }`;

/**
 * One naming convention for text fields across the schema (README "GraphQL API"): Markdown the
 * server renders is `<x>Markdown`, the sanitised HTML rendered from it `<x>Html`; plain text stays
 * `body`/`text`. Older names remain, deprecated, so no client breaks.
 */
describe('field names for Markdown and rendered HTML', () => {
  let t: TestApp;
  let cast: Cast;
  let categoryId: string;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    categoryId = (await seedCategories(t)).general.id;
  });
  afterAll(() => t?.close());

  it('has no current field named html/raw, and every ...Html field has its ...Markdown source', async () => {
    const res = await t.gql(INTROSPECT, {}, cast.municipal.token);
    expect(res.errors).toBeUndefined();
    const problems: string[] = [];
    for (const type of res.data.__schema.types) {
      if (type.name.startsWith('__')) continue;
      const fields = [
        ...(type.fields ?? []).map((f: any) => ({ ...f, where: `${type.name}.${f.name}` })),
        ...(type.inputFields ?? []).map((f: any) => ({ ...f, where: `${type.name}.${f.name}` })),
        ...(type.fields ?? []).flatMap((f: any) =>
          f.args.map((a: any) => ({ ...a, where: `${type.name}.${f.name}(${a.name})` })),
        ),
      ];
      const names = new Set(fields.map((f: any) => f.name));
      for (const f of fields) {
        if (f.isDeprecated) {
          if (!/^Use [a-zA-Z]+\.$/.test(f.deprecationReason ?? ''))
            problems.push(`${f.where}: deprecated without "Use X."`);
          continue;
        }
        if (['html', 'raw', 'markdown'].includes(f.name)) problems.push(`${f.where}: bare name`);
        if (/Html$/.test(f.name) && !names.has(f.name.replace(/Html$/, 'Markdown')))
          problems.push(`${f.where}: no Markdown source`);
      }
    }
    expect(problems).toEqual([]);
    const post = res.data.__schema.types.find((ty: any) => ty.name === 'ForumPost');
    const reason = (n: string) => post.fields.find((f: any) => f.name === n)?.deprecationReason;
    expect(reason('html')).toBe('Use bodyHtml.');
    expect(reason('raw')).toBe('Use bodyMarkdown.');
  });

  it('serves the new and the deprecated names with the same content, and takes either input', async () => {
    const created = ok(
      await t.gql(
        `mutation($input: CreateForumTopicInput!) { createForumTopic(input: $input) { id } }`,
        { input: { categoryId, title: 'Namen', bodyMarkdown: 'Neu **fett**' } },
        cast.municipal.token,
      ),
    ).createForumTopic;
    const legacy = ok(
      await t.gql(
        `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { id bodyMarkdown bodyHtml raw html } }`,
        { input: { topicId: created.id, body: 'Alt *kursiv*' } },
        cast.municipal.token,
      ),
    ).createForumPost;
    expect(legacy.bodyMarkdown).toBe('Alt *kursiv*');
    expect(legacy.raw).toBe(legacy.bodyMarkdown);
    expect(legacy.bodyHtml).toContain('<em>kursiv</em>');
    expect(legacy.html).toBe(legacy.bodyHtml);

    const edited = ok(
      await t.gql(
        `mutation($id: ID!, $b: String) { editForumPost(id: $id, bodyMarkdown: $b) { bodyMarkdown bodyHtml revisions { bodyMarkdown raw } } }`,
        { id: legacy.id, b: 'Neu _bearbeitet_' },
        cast.municipal.token,
      ),
    ).editForumPost;
    expect(edited.bodyHtml).toContain('<em>bearbeitet</em>');
    expect(edited.revisions[0].bodyMarkdown).toBe(edited.revisions[0].raw);
    expect(edited.revisions.map((r: any) => r.bodyMarkdown)).toContain('Alt *kursiv*');
    const old = await t.gql(
      `mutation($id: ID!) { editForumPost(id: $id, body: "Wieder alt") { bodyMarkdown } }`,
      { id: legacy.id },
      cast.municipal.token,
    );
    expect(ok(old).editForumPost.bodyMarkdown).toBe('Wieder alt');

    const both = await t.gql(
      `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { id } }`,
      { input: { topicId: created.id, body: 'a', bodyMarkdown: 'b' } },
      cast.municipal.token,
    );
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    const none = await t.gql(
      `mutation($input: CreateForumPostInput!) { createForumPost(input: $input) { id } }`,
      { input: { topicId: created.id } },
      cast.municipal.token,
    );
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
    expect(none.errors![0].extensions!.field).toBe('bodyMarkdown');
  });
});
