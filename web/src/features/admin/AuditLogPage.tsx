import { useQuery } from '@apollo/client/react';
import { Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { AppLink } from '../../ui/Link';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import { AdminGate } from './access';
import {
  filtersFromParams,
  filtersToParams,
  filtersToVariables,
  rangeReversed,
  type AuditFilters,
} from './audit-filters';
import { MemberPicker } from './MemberPicker';
import { Section } from './MembersAdminPage';
import { AuditEventsQuery } from './operations';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, adminTexts, auditActionLabel } from './texts';

const t = adminTexts.audit;
const PAGE = 50;
const EMPTY: AuditFilters = { actorId: '', action: '', targetId: '', from: '', to: '' };

const ACTION_OPTIONS = [
  { group: 'Bereiche', items: AUDIT_ACTION_GROUPS },
  {
    group: 'Einzelne Aktionen',
    items: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
  },
];

function Filters({
  initial,
  onApply,
}: {
  initial: AuditFilters;
  onApply: (f: AuditFilters) => void;
}) {
  const [f, setF] = useState(initial);
  const set = <K extends keyof AuditFilters>(key: K, value: string) =>
    setF((prev) => ({ ...prev, [key]: value }));
  const reversed = rangeReversed(f);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reversed) onApply(f);
  };
  return (
    <form onSubmit={submit} noValidate role="search" aria-label={t.filters}>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <MemberPicker
            label={t.who}
            placeholder={t.whoPlaceholder}
            value={f.actorId}
            onChange={(id) => set('actorId', id)}
          />
          <Select
            label={t.what}
            placeholder={t.whatAll}
            searchable
            clearable
            data={ACTION_OPTIONS}
            value={f.action || null}
            onChange={(v) => set('action', v ?? '')}
          />
          <TextInput
            label={t.target}
            description={t.targetDescription}
            value={f.targetId}
            onChange={(e) => set('targetId', e.currentTarget.value)}
          />
        </Group>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t.from}
            type="date"
            value={f.from}
            onChange={(e) => set('from', e.currentTarget.value)}
          />
          <TextInput
            label={t.to}
            type="date"
            value={f.to}
            onChange={(e) => set('to', e.currentTarget.value)}
            error={reversed ? t.badRange : undefined}
          />
        </Group>
        <Group>
          <Button type="submit">{t.apply}</Button>
          <Button
            variant="default"
            onClick={() => {
              setF(EMPTY);
              onApply(EMPTY);
            }}
          >
            {t.reset}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function objectLink(type: string | null, id: string | null) {
  if (!id) return '–';
  if (type === 'member')
    return (
      <AppLink to={`/verwaltung/mitglieder/${id}`} size="sm">
        {`Mitglied ${id.slice(0, 8)}…`}
      </AppLink>
    );
  if (type === 'organisation')
    return (
      <AppLink to={`/verwaltung/organisationen/${id}`} size="sm">
        {`Organisation ${id.slice(0, 8)}…`}
      </AppLink>
    );
  return (
    <Text size="sm">
      {type ?? ''} <Code>{id}</Code>
    </Text>
  );
}

function Details({ details }: { details: unknown }) {
  const entries = details && typeof details === 'object' ? Object.entries(details) : [];
  if (entries.length === 0) return <>–</>;
  return (
    <ul className="plain-list audit-details">
      {entries.map(([k, v]) => (
        <li key={k}>
          <Text size="sm" component="span" fw={600}>
            {k}:
          </Text>{' '}
          <Text size="sm" component="span">
            {typeof v === 'string' ? v : JSON.stringify(v)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const { data, error, loading, fetchMore, refetch } = useQuery(AuditEventsQuery, {
    variables: { ...filtersToVariables(filters), first: PAGE },
  });
  const list = data?.auditEvents;
  return (
    <Page title={t.title} actions={<AppLink to="/verwaltung">{adminTexts.backToOverview}</AppLink>}>
      <Section id="v-protokoll-filter" title={t.filters}>
        <Filters
          key={params.toString()}
          initial={filters}
          onApply={(f) => setParams(filtersToParams(f))}
        />
      </Section>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {list ? (
        <Text role="status" fw={600}>
          {t.count(list.totalCount)}
        </Text>
      ) : null}
      {!list && loading ? <LoadingState /> : null}
      {list && list.nodes.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      {list && list.nodes.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.when}</Table.Th>
                <Table.Th scope="col">{t.who}</Table.Th>
                <Table.Th scope="col">{t.action}</Table.Th>
                <Table.Th scope="col">{t.object}</Table.Th>
                <Table.Th scope="col">{t.ip}</Table.Th>
                <Table.Th scope="col">{t.details}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.createdAt)}</Table.Td>
                  <Table.Td>
                    {e.actor ? (
                      <AppLink to={`/verwaltung/mitglieder/${e.actor.id}`} size="sm">
                        {e.actor.displayName}
                      </AppLink>
                    ) : (
                      <Text size="sm">{t.system}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{auditActionLabel(e.action)}</Text>
                    <Code>{e.action}</Code>
                  </Table.Td>
                  <Table.Td>{objectLink(e.targetType, e.targetId)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.ip ?? '–'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Details details={e.details} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {list ? (
        <Group>
          <Text size="sm">{adminTexts.shown(list.nodes.length, list.totalCount)}</Text>
          {list.pageInfo.hasNextPage ? (
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                void fetchMore({
                  variables: { after: list.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    ...fetchMoreResult,
                    auditEvents: {
                      ...fetchMoreResult.auditEvents,
                      nodes: [...prev.auditEvents.nodes, ...fetchMoreResult.auditEvents.nodes],
                    },
                  }),
                })
              }
            >
              {adminTexts.loadMore}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Page>
  );
}

export default function AuditLogPage() {
  return <AdminGate adminOnly>{() => <AuditLog />}</AdminGate>;
}
