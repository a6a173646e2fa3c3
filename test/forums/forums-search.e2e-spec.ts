import { createActor, createCast, Cast } from '../helpers/factories';
import { countStatements } from '../helpers/count-statements';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { SEARCH_HIT_LIMIT } from '../../src/forums/dto/forum.types';
import { Categories, createTopic, firstPostId, ok, reply, seedCategories } from './forum-helpers';

const SEARCH = `query($q: String!, $c: ID, $a: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) {
  forumSearch(query: $q, categoryId: $c, authorId: $a, from: $from, to: $to, first: $first, after: $after) {
    totalCount totalCountIsExact pageInfo { hasNextPage endCursor } nodes { headline rank topicId topicTitle categoryId post { id raw } } } }`;

const cursorOf = (values: unknown[]) =>
  Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');

describe('forum search', () => {
  let t: TestApp;
  let cast: Cast;
  let cats: Categories;
  const search = (token: string, vars: Record<string, unknown>) => t.gql(SEARCH, vars, token);

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    cats = await seedCategories(t);
  });
  afterAll(() => t.close());

  it('finds "Haus" when searching for "Häuser" (German stemming) and matches topic titles', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Stromausfall im Rathaus',
      'Das Haus am Markt hatte keinen Strom.',
    );
    const r = ok(await search(cast.provider.token, { q: 'Häuser' })).forumSearch;
    expect(r.totalCount).toBe(1);
    expect(r.nodes[0]).toMatchObject({
      topicId: topic,
      topicTitle: 'Stromausfall im Rathaus',
      categoryId: cats.general.id,
    });
    expect(r.nodes[0].headline).toContain('<mark>Haus</mark>');
    const byTitle = ok(await search(cast.provider.token, { q: 'Stromausfälle' })).forumSearch;
    expect(byTitle.nodes.map((n: { topicId: string }) => n.topicId)).toEqual([topic]);
  });

  it('builds headlines from escaped plain text with only our <mark> tags', async () => {
    const body =
      'Vorsicht `<script>alert(1)</script>` bei Wert<3 Schadsoftware\u0001<b>falsch</b>\u0002 und <img src=x onerror=alert(1)> Schadsoftware & "Zitat"';
    await createTopic(t, cast.municipal.token, cats.general.id, 'Schädlinge', body);
    const r = ok(await search(cast.municipal.token, { q: 'Schadsoftware' })).forumSearch;
    expect(r.totalCount).toBe(1);
    const headline: string = r.nodes[0].headline;
    // PostgreSQL's parser drops tag-like tokens from headlines; other angle brackets arrive escaped.
    expect(headline).not.toContain('<script');
    expect(headline).toContain('Wert&lt;3');
    expect(headline).toContain('&amp; &quot;Zitat');
    const tags = headline.match(/<[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    expect(new Set(tags)).toEqual(new Set(['<mark>', '</mark>']));
    expect(headline.match(/<mark>([^<]*)<\/mark>/g)).toEqual([
      '<mark>Schadsoftware</mark>',
      '<mark>Schadsoftware</mark>',
    ]);
    // Operators and stray punctuation are plain input, never an error.
    for (const q of ['"Schadsoftware" -Viren', '&&& ||', 'or and'])
      expect(errorCode(await search(cast.municipal.token, { q }))).toBeNull();
  });

  it('filters by category, author and date range', async () => {
    const author = await createActor(t, OrganisationKind.MUNICIPALITY);
    const inGeneral = await createTopic(
      t,
      author.token,
      cats.general.id,
      'Filtertest eins',
      'Netzwerksegmentierung im Rechenzentrum',
    );
    const inMunicipal = await createTopic(
      t,
      cast.municipal.token,
      cats.municipal.id,
      'Filtertest zwei',
      'Netzwerksegmentierung in der Verwaltung',
    );
    const topicsOf = async (vars: Record<string, unknown>) =>
      ok(await search(cast.municipal.token, { q: 'Netzwerksegmentierung', ...vars }))
        .forumSearch.nodes.map((n: { topicId: string }) => n.topicId)
        .sort();
    expect(await topicsOf({})).toEqual([inGeneral, inMunicipal].sort());
    expect(await topicsOf({ c: cats.municipal.id })).toEqual([inMunicipal]);
    expect(await topicsOf({ a: author.member.id })).toEqual([inGeneral]);
    const [{ at }] = await t.db.query(
      `SELECT created_at AS at FROM forum_posts WHERE topic_id = $1`,
      [inMunicipal],
    );
    await t.db.query(
      `UPDATE forum_posts SET created_at = now() - interval '30 days' WHERE topic_id = $1`,
      [inGeneral],
    );
    expect(await topicsOf({ from: new Date(Date.now() - 86_400_000).toISOString() })).toEqual([
      inMunicipal,
    ]);
    expect(await topicsOf({ to: new Date(Date.now() - 10 * 86_400_000).toISOString() })).toEqual([
      inGeneral,
    ]);
    expect(
      await topicsOf({
        from: new Date(at.getTime() - 1000).toISOString(),
        to: new Date(at.getTime() + 1000).toISOString(),
      }),
    ).toEqual([inMunicipal]);
    // The provider never finds the municipal one, even when asking for its category.
    expect(
      ok(await search(cast.provider.token, { q: 'Netzwerksegmentierung' })).forumSearch.totalCount,
    ).toBe(1);
    expect(
      ok(await search(cast.provider.token, { q: 'Netzwerksegmentierung', c: cats.municipal.id }))
        .forumSearch.totalCount,
    ).toBe(0);
  });

  it('never returns hidden posts to members nor deleted posts to anyone, in hits and counts', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Sichtbarkeit',
      'Erster Beitrag ohne Stichwort',
    );
    const hidden = await reply(t, cast.provider.token, topic, 'Quarantäneverfahren versteckt');
    const deleted = await reply(t, cast.provider.token, topic, 'Quarantäneverfahren gelöscht');
    await reply(t, cast.provider.token, topic, 'Quarantäneverfahren sichtbar');
    ok(
      await t.gql(
        `mutation($id: ID!) { hideForumPost(postId: $id) { id } }`,
        { id: hidden.id },
        cast.moderator.token,
      ),
    );
    ok(
      await t.gql(
        `mutation($id: ID!) { deleteForumPost(id: $id) }`,
        { id: deleted.id },
        cast.provider.token,
      ),
    );
    const ids = async (token: string) => {
      const r = ok(await search(token, { q: 'Quarantäneverfahren' })).forumSearch;
      expect(r.totalCount).toBe(r.nodes.length);
      return r.nodes.map((n: { post: { raw: string } }) => n.post.raw).sort();
    };
    expect(await ids(cast.municipal.token)).toEqual(['Quarantäneverfahren sichtbar']);
    // Even the author of the hidden post does not find it.
    expect(await ids(cast.provider.token)).toEqual(['Quarantäneverfahren sichtbar']);
    expect(await ids(cast.moderator.token)).toEqual([
      'Quarantäneverfahren sichtbar',
      'Quarantäneverfahren versteckt',
    ]);
  });

  it('pages ranked hits with a keyset cursor without gaps or repeats', async () => {
    const topic = await createTopic(t, cast.municipal.token, cats.general.id, 'Ranking', 'Backup');
    await firstPostId(t, cast.municipal.token, topic);
    for (let i = 0; i < 6; i++)
      await reply(
        t,
        cast.municipal.token,
        topic,
        `Datensicherung ${'Datensicherung '.repeat(i)} Nummer ${i}`,
      );
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const r: any = ok(
        await search(cast.municipal.token, { q: 'Datensicherung', first: 2, after }),
      ).forumSearch;
      total = r.totalCount;
      seen.push(...r.nodes.map((n: { post: { id: string } }) => n.post.id));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(total).toBe(6);
    expect(new Set(seen).size).toBe(6);
    expect(
      errorCode(await search(cast.municipal.token, { q: 'Datensicherung', after: 'kaputt' })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await search(cast.municipal.token, { q: 'x' }))).toBe('BAD_USER_INPUT');
    // Well-formed cursors with values of the wrong type are bad input too, never a SQL error.
    for (const forged of [
      ['0.5', seen[0]],
      [0.5, 'kein-uuid'],
      [null, seen[0]],
    ]) {
      expect(
        errorCode(
          await search(cast.municipal.token, { q: 'Datensicherung', after: cursorOf(forged) }),
        ),
      ).toBe('BAD_USER_INPUT');
    }
    // Past the last hit the page is empty, but the count still counts every hit.
    const beyond = ok(
      await search(cast.municipal.token, { q: 'Datensicherung', after: cursorOf([-1, seen[0]]) }),
    ).forumSearch;
    expect(beyond).toMatchObject({
      totalCount: 6,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('counts and ranks at most SEARCH_HIT_LIMIT hits; hits a member may not read never count nor take their place', async () => {
    // Posts written straight into the table (1,000+ replies over the API would take minutes); the
    // trigger keeps their search vectors as for any post.
    const bulk = async (topicId: string, authorId: string, n: number, text: string) =>
      t.db.query(
        `INSERT INTO forum_posts (topic_id, author_id, post_number, raw, html, plain)
         SELECT $1, $2, 1000 + i, $3 || ' ' || i, '<p>' || $3 || ' ' || i || '</p>', $3 || ' ' || i
           FROM generate_series(1, $4) i`,
        [topicId, authorId, text, n],
      );
    expect(SEARCH_HIT_LIMIT).toBe(1000);
    // First (lowest in storage order) the provider-only category, where the municipal member reads
    // nothing: more hits than the limit, then a few readable ones in the general category.
    const hidden = await createTopic(t, cast.provider.token, cats.providers.id, 'Intern', 'Intern');
    await bulk(
      hidden,
      cast.provider.member.id,
      SEARCH_HIT_LIMIT + 50,
      'Schlüsselverwaltungsübersicht intern',
    );
    const open = await createTopic(t, cast.municipal.token, cats.general.id, 'Offen', 'Offen');
    await bulk(open, cast.municipal.member.id, 3, 'Schlüsselverwaltungsübersicht öffentlich');

    // The municipal member: exactly the three readable hits, exact, as if the others did not exist.
    const mine = ok(
      await search(cast.municipal.token, { q: 'Schlüsselverwaltungsübersicht' }),
    ).forumSearch;
    expect(mine).toMatchObject({ totalCount: 3, totalCountIsExact: true });
    expect(mine.nodes.map((n: { topicId: string }) => n.topicId)).toEqual([open, open, open]);
    expect(
      ok(
        await search(cast.municipal.token, {
          q: 'Schlüsselverwaltungsübersicht',
          c: cats.providers.id,
        }),
      ).forumSearch,
    ).toMatchObject({ totalCount: 0, totalCountIsExact: true, nodes: [] });

    // The provider reads both: more than the limit, so the count stops there and says so.
    const theirs = ok(
      await search(cast.provider.token, { q: 'Schlüsselverwaltungsübersicht', first: 100 }),
    ).forumSearch;
    expect(theirs).toMatchObject({ totalCount: SEARCH_HIT_LIMIT, totalCountIsExact: false });
    // Umlauts and compounds are found through the German stemmer as before (singular, plural).
    expect(
      ok(await search(cast.provider.token, { q: 'Schlüsselverwaltungsübersichten' })).forumSearch,
    ).toMatchObject({ totalCount: SEARCH_HIT_LIMIT, totalCountIsExact: false });
    // Only the provider category's hits: still capped; within the general category: exact.
    expect(
      ok(
        await search(cast.provider.token, {
          q: 'Schlüsselverwaltungsübersicht',
          c: cats.providers.id,
        }),
      ).forumSearch,
    ).toMatchObject({ totalCount: SEARCH_HIT_LIMIT, totalCountIsExact: false });
    expect(
      ok(
        await search(cast.provider.token, {
          q: 'Schlüsselverwaltungsübersicht',
          c: cats.general.id,
        }),
      ).forumSearch,
    ).toMatchObject({ totalCount: 3, totalCountIsExact: true });

    // Exactly the limit is still exact; paging through the ranked hits ends after the limit.
    const edge = await createTopic(t, cast.provider.token, cats.providers.id, 'Grenze', 'Grenze');
    await bulk(edge, cast.provider.member.id, SEARCH_HIT_LIMIT, 'Grenzwertprüfungsprotokoll');
    expect(
      ok(await search(cast.provider.token, { q: 'Grenzwertprüfungsprotokoll', first: 1 }))
        .forumSearch,
    ).toMatchObject({ totalCount: SEARCH_HIT_LIMIT, totalCountIsExact: true });
    const more = await createTopic(t, cast.provider.token, cats.providers.id, 'Mehr', 'Mehr');
    await bulk(more, cast.provider.member.id, 1, 'Grenzwertprüfungsprotokoll zuviel');
    expect(
      ok(await search(cast.provider.token, { q: 'Grenzwertprüfungsprotokoll', first: 1 }))
        .forumSearch,
    ).toMatchObject({ totalCount: SEARCH_HIT_LIMIT, totalCountIsExact: false });
    const seen = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const r: any = ok(
        await search(cast.provider.token, { q: 'Grenzwertprüfungsprotokoll', first: 100, after }),
      ).forumSearch;
      for (const n of r.nodes) seen.add(n.post.id);
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen.size).toBe(SEARCH_HIT_LIMIT);
  });

  it('ranks as before the stored vectors: text rank plus, for a first post, the title rank', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Passwortrichtlinie der Verwaltung',
      'Die Passwortrichtlinie verlangt zwölf Zeichen.',
    );
    await reply(
      t,
      cast.municipal.token,
      topic,
      'Unsere Passwortrichtlinie ist älter, die Passwortrichtlinie wird überarbeitet.',
    );
    const nodes = ok(await search(cast.municipal.token, { q: 'Passwortrichtlinien' })).forumSearch
      .nodes as Array<{ rank: number; post: { id: string } }>;
    expect(nodes).toHaveLength(2);
    const expected = await t.db.query(
      `SELECT p.id, (ts_rank(to_tsvector('german', p.plain), q) + CASE WHEN p.post_number = 1 THEN ts_rank(to_tsvector('german', t.title), q) ELSE 0 END)::real AS rank
         FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id, websearch_to_tsquery('german', 'Passwortrichtlinien') q
        WHERE p.topic_id = $1 ORDER BY rank DESC, p.id`,
      [topic],
    );
    expect(nodes.map((n) => [n.post.id, n.rank])).toEqual(
      expected.map((r: { id: string; rank: number }) => [r.id, r.rank]),
    );
  });

  it('finds an edited post by its new text only', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Bearbeitung',
      'Erster Beitrag',
    );
    const post = await reply(t, cast.municipal.token, topic, 'Die Firewallregel wurde geprüft.');
    const hits = async (q: string) =>
      ok(await search(cast.provider.token, { q })).forumSearch.nodes.map(
        (n: { post: { id: string } }) => n.post.id,
      );
    expect(await hits('Firewallregel')).toEqual([post.id]);
    ok(
      await t.gql(
        `mutation($id: ID!) { editForumPost(id: $id, body: "Die Zertifikatskette wurde geprüft.") { id } }`,
        { id: post.id },
        cast.municipal.token,
      ),
    );
    expect(await hits('Firewallregel')).toEqual([]);
    expect(await hits('Zertifikatskette')).toEqual([post.id]);
    // The post of a hit is the post as forumPost shows it (its row comes with the search statement).
    const FIELDS =
      'id topicId postNumber raw html replyToPostId quotedPostId hidden editedAt createdAt author { id }';
    const viaSearch = ok(
      await t.gql(
        `query { forumSearch(query: "Zertifikatskette") { nodes { post { ${FIELDS} } } } }`,
        {},
        cast.provider.token,
      ),
    ).forumSearch.nodes[0].post;
    const direct = ok(
      await t.gql(
        `query($id: ID!) { forumPost(id: $id) { ${FIELDS} } }`,
        { id: post.id },
        cast.provider.token,
      ),
    ).forumPost;
    expect(viaSearch).toEqual(direct);
    expect(direct).toMatchObject({
      id: post.id,
      topicId: topic,
      postNumber: 2,
      raw: 'Die Zertifikatskette wurde geprüft.',
      hidden: false,
      author: { id: cast.municipal.member.id },
    });
    expect(direct.editedAt).not.toBeNull();
    // A moderator hiding it does not touch the text; the vector stays and the visibility rule applies.
    ok(
      await t.gql(
        `mutation($id: ID!) { hideForumPost(postId: $id) { id } }`,
        { id: post.id },
        cast.moderator.token,
      ),
    );
    expect(await hits('Zertifikatskette')).toEqual([]);
    const [{ same }] = await t.db.query(
      `SELECT search_vector = to_tsvector('german', plain) AS same FROM forum_posts WHERE id = $1`,
      [post.id],
    );
    expect(same).toBe(true);
  });

  it('follows a topic into its new category: outsiders of the new audience no longer find it', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Umzugskartons',
      'Die Ausweichrechenzentrale ist bereit.',
    );
    const total = async (token: string, q: string) =>
      ok(await search(token, { q })).forumSearch.totalCount;
    expect(await total(cast.provider.token, 'Ausweichrechenzentrale')).toBe(1);
    expect(await total(cast.provider.token, 'Umzugskarton')).toBe(1);
    ok(
      await t.gql(
        `mutation($id: ID!, $c: ID!) { moveForumTopic(topicId: $id, categoryId: $c) { id } }`,
        { id: topic, c: cats.municipal.id },
        cast.moderator.token,
      ),
    );
    expect(await total(cast.provider.token, 'Ausweichrechenzentrale')).toBe(0);
    expect(await total(cast.provider.token, 'Umzugskarton')).toBe(0);
    expect(await total(cast.municipal.token, 'Ausweichrechenzentrale')).toBe(1);
    expect(await total(cast.municipal.token, 'Umzugskarton')).toBe(1);
  });

  it('answers with the same statements for one hit and for many (count, rank, page and posts in one)', async () => {
    const topic = await createTopic(
      t,
      cast.municipal.token,
      cats.general.id,
      'Mengentest',
      'Erster Beitrag',
    );
    await reply(t, cast.municipal.token, topic, 'Lastverteiler einmal');
    for (let i = 0; i < 30; i++)
      await reply(t, cast.municipal.token, topic, `Sicherungsband Nummer ${i}`);
    const one = await countStatements(() => search(cast.municipal.token, { q: 'Lastverteiler' }));
    const many = await countStatements(() =>
      search(cast.municipal.token, { q: 'Sicherungsband', first: 25 }),
    );
    expect(ok(one.result).forumSearch.totalCount).toBe(1);
    expect(ok(many.result).forumSearch).toMatchObject({
      totalCount: 30,
      pageInfo: { hasNextPage: true },
    });
    expect(ok(many.result).forumSearch.nodes).toHaveLength(25);
    expect(many.statements).toEqual(one.statements);
    // The principal, then the one statement that counts, ranks and returns the page with its posts.
    expect(one.statements.map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual([
      'SELECT m.id,',
      'WITH hits',
    ]);
  });

  it('uses the GIN indexes on the stored vectors of post text and topic titles', async () => {
    const plan = async (sql: string) =>
      JSON.stringify(
        await t.db.transaction(async (m) => {
          // The test tables are tiny, so the planner would rightly prefer a sequential scan.
          await m.query('SET LOCAL enable_seqscan = off');
          return m.query(sql);
        }),
      );
    expect(
      await plan(
        `EXPLAIN SELECT id FROM forum_posts p WHERE p.search_vector @@ websearch_to_tsquery('german', 'Haus')`,
      ),
    ).toContain('ix_forum_posts_search_vector');
    expect(
      await plan(
        `EXPLAIN SELECT id FROM forum_topics t WHERE t.title_vector @@ websearch_to_tsquery('german', 'Haus')`,
      ),
    ).toContain('ix_forum_topics_title_vector');
    // No pending list for searches to scan: new posts are indexed when written.
    const options = await t.db.query(
      `SELECT relname, reloptions FROM pg_class WHERE relname IN ('ix_forum_posts_search_vector', 'ix_forum_topics_title_vector') ORDER BY relname`,
    );
    expect(options).toEqual([
      { relname: 'ix_forum_posts_search_vector', reloptions: ['fastupdate=off'] },
      { relname: 'ix_forum_topics_title_vector', reloptions: ['fastupdate=off'] },
    ]);
  });
});
