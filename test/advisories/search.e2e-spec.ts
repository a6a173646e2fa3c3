import { Cast, createActor, createCast, ROLES, tokenOf } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { createDraft, listAdvisories, ok, publish, setRecipients } from './advisory-helpers';

jest.setTimeout(90_000);

const SEARCH = `query($query: String!, $first: Int, $after: String, $tlp: TlpLabel) {
  advisorySearch(query: $query, first: $first, after: $after, tlp: $tlp) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { rank headline advisory { id trackingId title tlp } }
  }
}`;

/**
 * Advisory search is German full-text search (stored, weighted tsvector; ranked; headlines) under
 * the same TLP rule as the advisory list.
 */
describe('advisory search', () => {
  let t: TestApp;
  let cast: Cast;
  const ids: Record<string, string> = {};
  const search = (token: string | null, vars: Record<string, unknown>) =>
    t.gql(SEARCH, { first: 50, ...vars }, token);

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    const outsiderOrg = await createActor(t, OrganisationKind.MUNICIPALITY);
    const make = async (
      key: string,
      tlp: string,
      fields: Record<string, string>,
      published = true,
    ) => {
      const draft = await createDraft(t, cast.cert, { tlp, ...fields });
      ids[key] = draft.id;
      if (tlp === 'AMBER' || tlp === 'AMBER_STRICT')
        ok(
          await setRecipients(t, cast.cert, draft.id, {
            organisationIds: [outsiderOrg.organisation.id],
          }),
        );
      if (published) ok(await publish(t, cast.cert, draft.id));
    };
    await make('title', 'GREEN', {
      title: 'Schwachstelle im Fachverfahren Meldewesen',
      summary: 'Ein Angreifer kann Daten lesen.',
      bodyMarkdown: 'Details folgen.',
    });
    await make('body', 'CLEAR', {
      title: 'Sammelwarnung November',
      summary: 'Mehrere Produkte betroffen.',
      bodyMarkdown:
        'Im Abschnitt drei steht eine Schwachstelle der Firewall. <script>alert(1)</script>',
    });
    await make('other', 'GREEN', {
      title: 'Wartungsfenster Rechenzentrum',
      summary: 'Keine Sicherheitslücke.',
      bodyMarkdown: 'Nichts Besonderes.',
    });
    // Readable only by the recipient organisation (and the authoring CERT): never for cast.municipal.
    await make('amber', 'AMBER', {
      title: 'Schwachstellen in der Telefonanlage',
      summary: 'Vertraulich.',
      bodyMarkdown: 'Geheime Schwachstelle.',
    });
    await make('strict', 'AMBER_STRICT', {
      title: 'Schwachstelle strikt',
      summary: 'Streng vertraulich.',
      bodyMarkdown: 'Text.',
    });
    await make('red', 'RED', {
      title: 'Schwachstelle rot',
      summary: 'Nur benannt.',
      bodyMarkdown: 'Text.',
    });
    await make(
      'draft',
      'GREEN',
      { title: 'Schwachstelle im Entwurf', summary: 'Entwurf.', bodyMarkdown: 'Text.' },
      false,
    );
  });
  afterAll(() => t?.close());

  it('finds inflected forms (stemming): "Schwachstellen" finds "Schwachstelle"', async () => {
    const list = ok(
      await listAdvisories(t, cast.municipal.token, { search: 'Schwachstellen' }),
    ).advisories;
    const found = list.nodes.map((n: any) => n.id);
    expect(found).toEqual(expect.arrayContaining([ids.title, ids.body]));
    expect(found).not.toContain(ids.other);
    const hits = ok(await search(cast.municipal.token, { query: 'Schwachstellen' })).advisorySearch;
    expect(hits.nodes.map((h: any) => h.advisory.id)).toEqual(
      expect.arrayContaining([ids.title, ids.body]),
    );
  });

  it('ranks a title hit above a body hit, in both queries', async () => {
    const hits = ok(await search(cast.municipal.token, { query: 'Schwachstelle' })).advisorySearch;
    const order = hits.nodes.map((h: any) => h.advisory.id);
    expect(order.indexOf(ids.title)).toBeLessThan(order.indexOf(ids.body));
    expect(hits.nodes[0].rank).toBeGreaterThan(hits.nodes[hits.nodes.length - 1].rank);
    const list = ok(
      await listAdvisories(t, cast.municipal.token, { search: 'Schwachstelle' }),
    ).advisories;
    expect(list.nodes.map((n: any) => n.id)).toEqual(order);
  });

  it('gives escaped headlines with <mark> around the matches', async () => {
    const hits = ok(
      await search(cast.municipal.token, { query: 'Firewall Schwachstelle' }),
    ).advisorySearch;
    const body = hits.nodes.find((h: any) => h.advisory.id === ids.body);
    expect(body.headline).toContain('<mark>Schwachstelle</mark>');
    expect(body.headline).toContain('<mark>Firewall</mark>');
    expect(body.headline).not.toContain('<script>');
  });

  it('pages by cursor through every hit exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const page: any = ok(
        await search(cast.cert.token, { query: 'Schwachstelle', first: 2, after }),
      ).advisorySearch;
      total = page.totalCount;
      seen.push(...page.nodes.map((h: any) => h.advisory.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total);
    expect(
      errorCode(await search(cast.cert.token, { query: 'Schwachstelle', after: 'kaputt' })),
    ).toBe('BAD_USER_INPUT');
  });

  it('never shows an advisory the member may not read, in hits or totalCount', async () => {
    for (const role of ROLES) {
      const token = tokenOf(cast, role);
      const result = await search(token, { query: 'Schwachstelle' });
      const list = await listAdvisories(t, token, { search: 'Schwachstelle' });
      if (role === 'anonymous' || role === 'disabled') {
        expect(errorCode(result)).toBe('UNAUTHENTICATED');
        expect(errorCode(list)).toBe('UNAUTHENTICATED');
        continue;
      }
      const found = ok(result).advisorySearch.nodes.map((h: any) => h.advisory.id);
      const listed = ok(list).advisories.nodes.map((n: any) => n.id);
      // The CERT that wrote them reads its AMBER/STRICT/RED (author) and draft advisories; nobody in
      // the cast is a recipient of the AMBER ones.
      const readable =
        role === 'cert' || role === 'admin'
          ? [
              ids.title,
              ids.body,
              ids.amber,
              ids.strict,
              ...(role === 'cert' ? [ids.red] : []),
              ids.draft,
            ]
          : [ids.title, ids.body];
      expect({ role, found: [...found].sort() }).toEqual({ role, found: [...readable].sort() });
      expect({ role, total: ok(result).advisorySearch.totalCount }).toEqual({
        role,
        total: readable.length,
      });
      expect({ role, listed: [...listed].sort(), total: ok(list).advisories.totalCount }).toEqual({
        role,
        listed: [...readable].sort(),
        total: readable.length,
      });
    }
    // A filter on a label the member cannot read counts nothing.
    expect(
      ok(await search(cast.municipal.token, { query: 'Schwachstellen', tlp: 'AMBER' }))
        .advisorySearch.totalCount,
    ).toBe(0);
  });

  it('still finds an advisory by its tracking id and refuses an empty query', async () => {
    const tracking = ok(await search(cast.municipal.token, { query: 'Meldewesen' })).advisorySearch
      .nodes[0].advisory.trackingId;
    const byId = ok(await search(cast.municipal.token, { query: tracking })).advisorySearch;
    expect(byId.nodes[0].advisory.id).toBe(ids.title);
    expect(errorCode(await search(cast.municipal.token, { query: '   ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await search(cast.municipal.token, { query: '' }))).toBe('BAD_USER_INPUT');
  });
});
