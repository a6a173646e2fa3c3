import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { acknowledgementStatusLabel } from '../../lib/labels';
import { ErrorAlert, LoadingState } from '../../ui/States';
import { RemindMutation, StatusOverviewQuery } from './operations';
import { overviewRows } from './overview';
import { ScrollTable } from './ScrollTable';
import { advisoryTexts as t } from './texts';

/**
 * The CERT's view of the answers: a bar chart (CSS; hidden from screen readers) with the same
 * numbers as a table, the organisations without an answer, and the reminder.
 */
export function StatusOverviewPanel({
  advisoryId,
  published,
}: {
  advisoryId: string;
  published: boolean;
}) {
  const { data, error, refetch } = useQuery(StatusOverviewQuery, {
    variables: { id: advisoryId },
    fetchPolicy: 'cache-and-network',
  });
  const [remind, reminding] = useMutation(RemindMutation);
  const [notice, setNotice] = useState('');
  const o = data?.advisoryStatusOverview;
  if (error && !o) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!o) return <LoadingState />;
  const rows = overviewRows(o.byStatus, o.notRespondedCount, o.expectedCount);
  const orgsOf = (key: string) =>
    key === 'NONE'
      ? o.notResponded
      : (o.byStatus.find((g) => g.status === key)?.organisations ?? []);
  const label = (key: string) =>
    key === 'NONE' ? t.noAnswer : acknowledgementStatusLabel(key as 'READ');

  return (
    <Stack gap="sm" component="section" aria-labelledby="overview-heading">
      <Title order={2} size="h3" id="overview-heading">
        {t.overviewHeading}
      </Title>
      <Text>{t.overviewExpected(o.expectedCount)}</Text>
      <div className="ack-chart" aria-hidden="true" title={t.overviewChart}>
        {rows.map((r) => (
          <div key={r.key} style={{ display: 'contents' }}>
            <Text size="sm">{label(r.key)}</Text>
            <div className="ack-bar-track">
              <div className={`ack-bar ack-bar-${r.key}`} style={{ width: `${r.percent}%` }} />
            </div>
            <Text size="sm">
              {r.count} ({r.percent} %)
            </Text>
          </div>
        ))}
      </div>
      <ScrollTable label={t.overviewTable}>
        <Table withTableBorder striped={false}>
          <caption className="visually-hidden">{t.overviewTable}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t.overviewStatus}</Table.Th>
              <Table.Th scope="col">{t.overviewCount}</Table.Th>
              <Table.Th scope="col">{t.overviewOrgs}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.key}>
                <Table.Th scope="row">{label(r.key)}</Table.Th>
                <Table.Td>{r.count}</Table.Td>
                <Table.Td>
                  {orgsOf(r.key)
                    .map((org) => org.name)
                    .join(', ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <Title order={3} size="h4">
        {t.notResponded}
      </Title>
      {o.notResponded.length ? (
        <ul aria-label={t.notResponded}>
          {o.notResponded.map((org) => (
            <li key={org.id}>{org.name}</li>
          ))}
        </ul>
      ) : (
        <Text>{t.allResponded}</Text>
      )}
      {o.withoutResponder.length ? (
        <>
          <Title order={3} size="h4">
            {t.withoutResponder}
          </Title>
          <ul aria-label={t.withoutResponder}>
            {o.withoutResponder.map((org) => (
              <li key={org.id}>{org.name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {published && o.notResponded.length ? (
        <Button
          variant="default"
          w="fit-content"
          loading={reminding.loading}
          onClick={() => {
            setNotice('');
            void remind({ variables: { id: advisoryId } })
              .then((r) => {
                const res = r.data?.remindAdvisoryNonResponders;
                if (res)
                  setNotice(
                    `${t.reminded(res.notifiedMembers, res.organisations.length)} ${t.nextReminder(formatDateTime(res.nextReminderAllowedAt))}`,
                  );
              })
              .catch(() => undefined);
          }}
        >
          {t.remind}
        </Button>
      ) : null}
      {reminding.error ? <ErrorAlert error={reminding.error} /> : null}
      <Text size="sm" role="status">
        {notice}
      </Text>
    </Stack>
  );
}
