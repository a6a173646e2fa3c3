import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { MailDeliveryState } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { Page } from '../../ui/Page';
import { EmptyState, ErrorAlert, LoadingState } from '../../ui/States';
import {
  DELIVERIES_PAGE_SIZE,
  MailDeliveriesQuery,
  ResendMailDeliveryMutation,
} from './operations';
import { mailTexts as t } from './texts';

type Filter = MailDeliveryState | 'ALL';

/** Dark enough for white text (at least 7:1), also on the striped rows. */
const STATE_COLOURS: Record<MailDeliveryState, string> = {
  FAILED: '#a51d1d',
  QUEUED: '#6b4500',
  SENT: '#1b5e20',
};

/** The ADMIN's view of the outbox: failed deliveries first, with a resend per mail. */
export default function MailDeliveriesPage() {
  const [filter, setFilter] = useState<Filter>('FAILED');
  const { data, loading, error, refetch, fetchMore } = useQuery(MailDeliveriesQuery, {
    variables: { state: filter === 'ALL' ? null : filter, first: DELIVERIES_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [resend, resending] = useMutation(ResendMailDeliveryMutation);
  const [notice, setNotice] = useState('');
  const [resendingId, setResendingId] = useState<string | null>(null);
  const list = data?.mailDeliveries;

  return (
    <Page title={t.title}>
      <Text>{t.intro}</Text>
      <Stack gap={4}>
        <Text component="label" id="zustellung-filter" size="sm" fw={600}>
          {t.filterLabel}
        </Text>
        <SegmentedControl
          aria-labelledby="zustellung-filter"
          value={filter}
          onChange={(value) => {
            setNotice('');
            setFilter(value);
          }}
          data={(['FAILED', 'QUEUED', 'SENT', 'ALL'] as const).map((value) => ({
            value,
            label: t.states[value],
          }))}
          w="fit-content"
        />
      </Stack>
      <Text role="status" size="sm">
        {notice}
      </Text>
      {error ? (
        <ErrorAlert
          error={error}
          overrides={{ FORBIDDEN: t.adminOnly }}
          onRetry={() => void refetch()}
        />
      ) : null}
      {resending.error ? <ErrorAlert error={resending.error} /> : null}
      {!list && loading ? <LoadingState /> : null}
      {list && list.totalCount > 0 ? (
        <Text size="sm">{t.count(list.totalCount, t.states[filter])}</Text>
      ) : null}
      {list && list.nodes.length === 0 ? <EmptyState>{t.empty[filter]}</EmptyState> : null}
      {list && list.nodes.length ? (
        // Scrolls sideways on narrow screens: a named region keyboard users can focus and scroll.
        <div
          className="table-scroll"
          role="region"
          aria-label={t.tableCaption}
          // axe (scrollable-region-focusable): a scrolling region must be reachable by keyboard.
          // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          <Table striped withTableBorder verticalSpacing="xs" miw={900}>
            <Table.Caption>{t.tableCaption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t.recipient}</Table.Th>
                <Table.Th scope="col">{t.subject}</Table.Th>
                <Table.Th scope="col">{t.kind}</Table.Th>
                <Table.Th scope="col">{t.state}</Table.Th>
                <Table.Th scope="col">{t.attempts}</Table.Th>
                <Table.Th scope="col">{t.lastError}</Table.Th>
                <Table.Th scope="col">{t.created}</Table.Th>
                <Table.Th scope="col">{t.actions}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((mail) => (
                <Table.Tr key={mail.id}>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{mail.toAddress}</Table.Td>
                  <Table.Td>{mail.subject}</Table.Td>
                  <Table.Td>{t.kinds[mail.kind] ?? mail.kind}</Table.Td>
                  <Table.Td>
                    <Badge color={STATE_COLOURS[mail.state]} variant="filled">
                      {t.states[mail.state]}
                    </Badge>
                    {mail.sentAt ? (
                      <Text size="xs">
                        {t.sent}: {formatDateTime(mail.sentAt)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{mail.attempts}</Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {mail.lastError ?? t.none}
                    </Text>
                  </Table.Td>
                  <Table.Td>{formatDateTime(mail.createdAt)}</Table.Td>
                  <Table.Td>
                    {mail.state === 'FAILED' ? (
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t.resendLabel(mail.subject, mail.toAddress)}
                        loading={resendingId === mail.id}
                        onClick={() => {
                          setResendingId(mail.id);
                          void resend({ variables: { id: mail.id } })
                            .then(() => {
                              setNotice(t.resent(mail.toAddress));
                              return refetch();
                            })
                            .finally(() => setResendingId(null));
                        }}
                      >
                        {t.resend}
                      </Button>
                    ) : (
                      t.none
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      {list?.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          w="fit-content"
          loading={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: list.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                ...fetchMoreResult,
                mailDeliveries: {
                  ...fetchMoreResult.mailDeliveries,
                  nodes: [...prev.mailDeliveries.nodes, ...fetchMoreResult.mailDeliveries.nodes],
                },
              }),
            })
          }
        >
          {t.loadMore}
        </Button>
      ) : null}
    </Page>
  );
}
