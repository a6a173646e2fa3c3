import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  MultiSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { MirtDeploymentsQuery as Q, MirtStatus } from '../../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert, LoadingState } from '../../../ui/States';
import {
  AdvanceMirtMutation,
  AssignMirtTeamMutation,
  DecideMirtMutation,
  MirtCandidatesQuery,
  MirtQuery,
  RequestMirtMutation,
} from './operations';
import { ResponseFrame, type ResponseIncident } from './ResponseFrame';
import { responseTexts as t } from './texts';

type Deployment = Q['mirtDeployments']['nodes'][number];
const OPEN: MirtStatus[] = ['REQUESTED', 'ACCEPTED', 'ON_SITE'];

function RequestForm({ incidentId, onDone }: { incidentId: string; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [address, setAddress] = useState('');
  const [phones, setPhones] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [request, { loading }] = useMutation(RequestMirtMutation);
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await request({
        variables: {
          input: {
            incidentId,
            reason,
            onSiteAddress: address,
            phoneNumbers: phones
              .split('\n')
              .map((p) => p.trim())
              .filter(Boolean),
          },
        },
      });
      onDone();
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="mirt-anfordern" padding="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="mirt-anfordern">
            {t.mirt.request}
          </Title>
          <Textarea
            label={t.mirt.reason}
            required
            autosize
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
          />
          <TextInput
            label={t.mirt.address}
            required
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            error={fieldError('onSiteAddress')}
          />
          <Textarea
            label={t.mirt.phones}
            description={t.mirt.phonesDescription}
            required
            autosize
            minRows={2}
            value={phones}
            onChange={(e) => setPhones(e.currentTarget.value)}
            error={fieldError('phoneNumbers')}
          />
          {error && !error.field ? (
            <Alert color="red" role="alert" variant="light">
              {error.message}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={loading}>
              {t.mirt.send}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** angefordert -> angenommen -> vor Ort -> abgeschlossen, as a list a screen reader reads in order. */
function Steps({ d }: { d: Deployment }) {
  const steps: Array<[string, string | null | undefined]> =
    d.status === 'DECLINED'
      ? [
          [t.mirtStatus.REQUESTED, d.createdAt],
          [t.mirtStatus.DECLINED, d.decidedAt],
        ]
      : [
          [t.mirtStatus.REQUESTED, d.createdAt],
          [t.mirtStatus.ACCEPTED, d.decidedAt],
          [t.mirtStatus.ON_SITE, d.onSiteAt],
          [t.mirtStatus.COMPLETED, d.completedAt],
        ];
  return (
    <ol className="mirt-steps" aria-label={t.mirt.steps}>
      {steps.map(([label, at]) => (
        <li key={label} className={at ? 'done' : 'pending'} data-testid="mirt-step">
          <Text fw={at ? 600 : 400} c={at ? undefined : 'gray.7'} size="sm">
            {label}
            {at ? `: ${formatDateTime(at)}` : ' – ausstehend'}
          </Text>
        </li>
      ))}
    </ol>
  );
}

function DutyActions({
  d,
  incidentId,
  onDone,
}: {
  d: Deployment;
  incidentId: string;
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [decide, decision] = useMutation(DecideMirtMutation);
  const [assign, assigning] = useMutation(AssignMirtTeamMutation);
  const [advance, advancing] = useMutation(AdvanceMirtMutation);
  const candidates = useQuery(MirtCandidatesQuery, {
    variables: { incidentId },
    skip: d.status !== 'ACCEPTED' && d.status !== 'ON_SITE',
  });
  const run = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      setReason('');
      setMembers([]);
      onDone();
    } catch (err) {
      setError(describeError(err));
    }
  };
  const assigned = new Set(d.team.map((m) => m.memberId));
  return (
    <Stack gap="sm">
      {d.status === 'REQUESTED' ? (
        <>
          <Textarea
            label={t.mirt.decisionOptional}
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={error?.field === 'reason' ? error.message : undefined}
          />
          <Group gap="sm">
            <Button
              loading={decision.loading}
              onClick={() =>
                void run(() =>
                  decide({ variables: { input: { deploymentId: d.id, accept: true, reason } } }),
                )
              }
            >
              {t.mirt.accept}
            </Button>
            <Button
              variant="default"
              loading={decision.loading}
              onClick={() =>
                void run(() =>
                  decide({ variables: { input: { deploymentId: d.id, accept: false, reason } } }),
                )
              }
            >
              {t.mirt.decline}
            </Button>
          </Group>
        </>
      ) : null}
      {d.status === 'ACCEPTED' || d.status === 'ON_SITE' ? (
        <>
          <Group align="flex-end" gap="sm">
            <MultiSelect
              label={t.mirt.assignLabel}
              value={members}
              onChange={setMembers}
              searchable
              data={(candidates.data?.mirtCandidates ?? [])
                .filter((c) => !assigned.has(c.id))
                .map((c) => ({ value: c.id, label: c.displayName }))}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button
              variant="default"
              loading={assigning.loading}
              disabled={members.length === 0}
              onClick={() =>
                void run(() =>
                  assign({ variables: { input: { deploymentId: d.id, memberIds: members } } }),
                )
              }
            >
              {t.mirt.assignSubmit}
            </Button>
          </Group>
          <Group>
            <Button
              loading={advancing.loading}
              onClick={() =>
                void run(() =>
                  advance({
                    variables: {
                      input: {
                        deploymentId: d.id,
                        status: d.status === 'ACCEPTED' ? 'ON_SITE' : 'COMPLETED',
                      },
                    },
                  }),
                )
              }
            >
              {d.status === 'ACCEPTED' ? t.mirt.onSite : t.mirt.complete}
            </Button>
          </Group>
        </>
      ) : null}
      {error && error.field !== 'reason' ? (
        <Alert color="red" role="alert" variant="light">
          {error.message}
        </Alert>
      ) : null}
    </Stack>
  );
}

function DeploymentCard({
  d,
  onDuty,
  incidentId,
  onDone,
}: {
  d: Deployment;
  onDuty: boolean;
  incidentId: string;
  onDone: () => void;
}) {
  const headingId = `mirt-${d.id}`;
  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={headingId}
      padding="lg"
      data-testid="mirt-deployment"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={headingId}>
            {t.mirt.requestedBy(
              d.requestingOrganisationName,
              d.requestedByName,
              formatDateTime(d.createdAt),
            )}
          </Title>
          <Badge
            radius="sm"
            color={d.status === 'DECLINED' ? 'red.9' : 'blue.9'}
            data-testid="mirt-status"
          >
            {t.mirtStatus[d.status]}
          </Badge>
        </Group>
        <Text>{d.reason}</Text>
        <dl className="facts">
          <dt>{t.mirt.address}</dt>
          <dd>{d.onSiteAddress}</dd>
          <dt>{t.mirt.phonesShort}</dt>
          <dd>
            {d.phoneNumbers.map((n, i) => (
              <span key={n}>
                {i > 0 ? ', ' : ''}
                <a href={`tel:${n.replace(/[^+\d]/g, '')}`}>{n}</a>
              </span>
            ))}
          </dd>
          <dt>{t.mirt.team}</dt>
          <dd data-testid="mirt-team">
            {d.team.length ? d.team.map((m) => m.displayName).join(', ') : t.mirt.noTeam}
          </dd>
          {d.decisionReason ? (
            <>
              <dt>{t.mirt.decision}</dt>
              <dd>{d.decisionReason}</dd>
            </>
          ) : null}
        </dl>
        <Steps d={d} />
        {onDuty ? <DutyActions d={d} incidentId={incidentId} onDone={onDone} /> : null}
      </Stack>
    </Card>
  );
}

function Mirt({ incident }: { incident: ResponseIncident }) {
  const { data, error, loading, refetch } = useQuery(MirtQuery, {
    variables: { incidentId: incident.id },
  });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const deployments = data.mirtDeployments.nodes;
  const { onDuty, canRequest } = data.mirtPermissions;
  const hasOpen = deployments.some((d) => OPEN.includes(d.status));
  const reload = () => void refetch();
  return (
    <Stack gap="lg">
      <Text>{t.mirt.intro}</Text>
      {canRequest && !hasOpen ? <RequestForm incidentId={incident.id} onDone={reload} /> : null}
      {!canRequest && !onDuty ? <Text size="sm">{t.mirt.cannotRequest}</Text> : null}
      <section aria-labelledby="mirt-anforderungen">
        <Stack gap="sm">
          <Title order={2} size="h3" id="mirt-anforderungen">
            {t.mirt.deployments}
          </Title>
          {deployments.length === 0 ? <Text>{t.mirt.none}</Text> : null}
          {deployments.map((d) => (
            <DeploymentCard
              key={d.id}
              d={d}
              onDuty={onDuty}
              incidentId={incident.id}
              onDone={reload}
            />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

export default function MirtPage() {
  return (
    <ResponseFrame title={t.mirt.title}>{(incident) => <Mirt incident={incident} />}</ResponseFrame>
  );
}
