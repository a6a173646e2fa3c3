import type { Actor } from '../helpers/factories';
import type { GqlResult, TestApp } from '../helpers/test-app';

export const ADVISORY_FIELDS = `id trackingId version status tlp severity title summary bodyMarkdown bodyHtml cves cvssVector cvssScore
  products { vendor product version cpe purl } references { url summary } remediation publisherName initialReleaseDate currentReleaseDate`;

export function ok<T = any>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export interface DraftOptions {
  tlp: string;
  title?: string;
  summary?: string;
  bodyMarkdown?: string;
  severity?: string;
  cves?: string[];
  cvssVector?: string;
}

export async function createDraft(t: TestApp, author: Actor, options: DraftOptions): Promise<any> {
  const input = {
    title: 'Sicherheitswarnung',
    summary: 'Kurzfassung',
    bodyMarkdown: 'Text',
    severity: 'HOCH',
    ...options,
  };
  const data = ok(
    await t.gql(
      `mutation($input: CreateAdvisoryInput!) { createAdvisory(input: $input) { ${ADVISORY_FIELDS} } }`,
      { input },
      author.token,
    ),
  );
  return data.createAdvisory;
}

export async function publish(
  t: TestApp,
  author: Actor,
  id: string,
  status = 'FINAL',
  changeSummary = 'Erstveröffentlichung',
  changes?: Record<string, unknown>,
) {
  return t.gql(
    `mutation($id: ID!, $input: PublishAdvisoryInput!) { publishAdvisory(id: $id, input: $input) { ${ADVISORY_FIELDS} revisions { version status changeSummary snapshot } } }`,
    { id, input: { status, changeSummary, ...(changes ? { changes } : {}) } },
    author.token,
  );
}

export async function setRecipients(
  t: TestApp,
  author: Actor,
  id: string,
  input: { organisationIds?: string[]; memberIds?: string[]; municipalitiesServedBy?: string[] },
) {
  return t.gql(
    `mutation($id: ID!, $input: AdvisoryRecipientsInput!) { setAdvisoryRecipients(id: $id, input: $input) { id recipients { organisations { id } members { id } forwardedTo { id } } } }`,
    { id, input },
    author.token,
  );
}

export const forward = (t: TestApp, actor: Actor | null, id: string, municipalityIds?: string[]) =>
  t.gql(
    `mutation($id: ID!, $m: [ID!]) { forwardAdvisory(id: $id, municipalityIds: $m) }`,
    { id, m: municipalityIds ?? null },
    actor?.token ?? null,
  );

export const acknowledge = (
  t: TestApp,
  actor: Actor | null,
  id: string,
  status: string,
  note?: string,
) =>
  t.gql(
    `mutation($id: ID!, $input: AcknowledgeAdvisoryInput!) { acknowledgeAdvisory(id: $id, input: $input) { status note memberId organisation { id } } }`,
    { id, input: { status, note } },
    actor?.token ?? null,
  );

export const getAdvisory = (t: TestApp, token: string | null, id: string) =>
  t.gql(`query($id: ID!) { advisory(id: $id) { ${ADVISORY_FIELDS} } }`, { id }, token);

export const listAdvisories = (
  t: TestApp,
  token: string | null,
  args: Record<string, unknown> = {},
) =>
  t.gql(
    `query($first: Int, $after: String, $search: String, $tlp: TlpLabel, $status: AdvisoryStatus, $severity: AdvisorySeverity, $cve: String) {
      advisories(first: $first, after: $after, search: $search, tlp: $tlp, status: $status, severity: $severity, cve: $cve) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id trackingId title summary bodyMarkdown tlp status }
      }
    }`,
    { first: 100, ...args },
    token,
  );

export const overview = (t: TestApp, token: string | null, id: string) =>
  t.gql(
    `query($id: ID!) { advisoryStatusOverview(id: $id) { advisoryId expectedCount notRespondedCount notResponded { id name }
      byStatus { status count organisations { id name } } } }`,
    { id },
    token,
  );

export const openAdvisories = (t: TestApp, token: string | null, organisationId?: string) =>
  t.gql(
    `query($o: ID) { openAdvisories(first: 100, organisationId: $o) { totalCount nodes { id title summary bodyMarkdown } } }`,
    { o: organisationId ?? null },
    token,
  );

export const exportCsaf = (t: TestApp, token: string | null, id: string) =>
  t.gql(`query($id: ID!) { advisoryCsaf(id: $id) }`, { id }, token);

export const importCsafDoc = (t: TestApp, token: string | null, document: unknown) =>
  t.gql(
    `mutation($d: JSON!) { importCsafAdvisory(document: $d) { ${ADVISORY_FIELDS} revisions { version } } }`,
    { d: document },
    token,
  );

export const myNotifications = (t: TestApp, token: string | null) =>
  t.gql(
    `{ myNotifications(first: 100) { totalCount nodes { kind title body targetType targetId } } }`,
    {},
    token,
  );
