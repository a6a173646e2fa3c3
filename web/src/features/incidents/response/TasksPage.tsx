import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { IncidentTasksQuery as Q, IncidentTaskStatus } from '../../../gql/graphql';
import { describeError, type AppErrorInfo } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { EmptyState, ErrorAlert, LoadingState } from '../../../ui/States';
import {
  ApplyTaskTemplateMutation,
  CreateIncidentTaskMutation,
  FulfilReportingObligationMutation,
  IncidentPeopleQuery,
  IncidentTasksQuery,
  UpdateIncidentTaskMutation,
} from './operations';
import { ResponseFrame, type ResponseIncident } from './ResponseFrame';
import { responseTexts as t } from './texts';

type Task = Q['incidentTasks']['nodes'][number];
type Person = { id: string; displayName: string };
const STATUSES: IncidentTaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

function Due({ task }: { task: Task }) {
  if (!task.dueAt) return <>–</>;
  const overdue = task.status !== 'DONE' && new Date(task.dueAt) < new Date();
  return (
    <>
      {formatDateTime(task.dueAt)}{' '}
      {overdue ? (
        <Badge color="red.9" size="sm" radius="sm">
          {t.tasks.overdue}
        </Badge>
      ) : null}
    </>
  );
}

function FulfilForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [fulfil, { loading }] = useMutation(FulfilReportingObligationMutation);
  if (!open)
    return (
      <Button size="xs" onClick={() => setOpen(true)} aria-label={t.tasks.fulfilLabel(task.title)}>
        {t.tasks.fulfil}
      </Button>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await fulfil({ variables: { input: { taskId: task.id, note } } });
      setOpen(false);
      onDone();
    } catch (err) {
      setError(describeError(err));
    }
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t.tasks.fulfilNote}
          required
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={error?.message}
          data-autofocus
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={loading}>
            {t.tasks.fulfilSubmit}
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            {t.tasks.cancel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Obligations({ tasks, refetch }: { tasks: Task[]; refetch: () => void }) {
  return (
    <Card withBorder component="section" aria-labelledby="meldepflichten" padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3" id="meldepflichten">
          {t.tasks.obligations}
        </Title>
        <Text size="sm">{t.tasks.obligationsIntro}</Text>
        {tasks.length === 0 ? <Text>{t.tasks.noObligations}</Text> : null}
        <Stack gap="sm" component="ul" className="plain-list">
          {tasks.map((task) => (
            <li key={task.id} data-testid="obligation">
              <Card withBorder padding="sm">
                <Stack gap={4}>
                  <Group justify="space-between" align="flex-start">
                    <Text fw={600}>{task.title}</Text>
                    {task.obligation ? (
                      <Badge color="gray.8" radius="sm" variant="outline">
                        {t.obligation[task.obligation]}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm">
                    {t.tasks.due}: <Due task={task} />
                  </Text>
                  {task.fulfilledAt ? (
                    <Text size="sm">
                      {t.tasks.fulfilled(formatDateTime(task.fulfilledAt))} – {task.fulfilmentNote}
                    </Text>
                  ) : (
                    <FulfilForm task={task} onDone={refetch} />
                  )}
                </Stack>
              </Card>
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

function TaskRow({ task, people }: { task: Task; people: Person[] }) {
  const [update, { loading, error }] = useMutation(UpdateIncidentTaskMutation);
  return (
    <Table.Tr data-testid="task-row">
      <Table.Td>
        <Text fw={500}>{task.title}</Text>
        {task.description ? <Text size="sm">{task.description}</Text> : null}
        {error ? (
          <Text size="sm" c="red.9" role="alert">
            {describeError(error).message}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Due task={task} />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t.tasks.assigneeOf(task.title)}
          size="xs"
          placeholder={t.tasks.nobody}
          value={task.assigneeId}
          data={people.map((p) => ({ value: p.id, label: p.displayName }))}
          searchable
          disabled={loading}
          onChange={(v) =>
            void update({
              variables: {
                input: v ? { id: task.id, assigneeId: v } : { id: task.id, unassign: true },
              },
            })
          }
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t.tasks.statusOf(task.title)}
          size="xs"
          value={task.status}
          allowDeselect={false}
          disabled={loading}
          data={STATUSES.map((s) => ({ value: s, label: t.taskStatus[s] }))}
          onChange={(v) => v && void update({ variables: { input: { id: task.id, status: v } } })}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function NewTask({
  incidentId,
  people,
  onDone,
}: {
  incidentId: string;
  people: Person[];
  onDone: () => void;
}) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [assignee, setAssignee] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [done, setDone] = useState(false);
  const [create, { loading }] = useMutation(CreateIncidentTaskMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDone(false);
    try {
      await create({
        variables: {
          input: {
            incidentId,
            title,
            assigneeId: assignee,
            dueAt: due ? new Date(due).toISOString() : null,
          },
        },
      });
      setTitle('');
      setDue('');
      setAssignee(null);
      setDone(true);
      onDone();
    } catch (err) {
      setError(describeError(err));
    }
  };
  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="neue-aufgabe">
      <Stack gap="sm">
        <Title order={2} size="h3" id="neue-aufgabe">
          {t.tasks.newTask}
        </Title>
        <TextInput
          label={t.tasks.taskTitle}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={fieldError('title')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t.tasks.taskDue}
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            error={fieldError('dueAt')}
          />
          <Select
            label={t.tasks.taskAssignee}
            value={assignee}
            onChange={setAssignee}
            data={people.map((p) => ({ value: p.id, label: p.displayName }))}
            searchable
            clearable
            error={fieldError('assigneeId')}
          />
        </Group>
        {error && !error.field ? (
          <Alert color="red" role="alert" variant="light">
            {error.message}
          </Alert>
        ) : null}
        {done ? (
          <Alert color="green" role="status" variant="light">
            {t.tasks.created}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" loading={loading}>
            {t.tasks.create}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ApplyTemplate({
  incidentId,
  templates,
  onDone,
}: {
  incidentId: string;
  templates: Q['taskTemplates']['nodes'];
  onDone: () => void;
}) {
  const [templateId, setTemplateId] = useState<string | null>(templates[0]?.id ?? null);
  const [apply, { loading, error, data }] = useMutation(ApplyTaskTemplateMutation);
  const chosen = templates.find((x) => x.id === templateId);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id="vorlage">
        {t.tasks.templates}
      </Title>
      <Select
        label={t.tasks.template}
        value={templateId}
        onChange={setTemplateId}
        allowDeselect={false}
        data={templates.map((x) => ({
          value: x.id,
          label: `${x.name} (${t.tasks.templateTasks(x.items.length)})`,
        }))}
      />
      {chosen?.description ? <Text size="sm">{chosen.description}</Text> : null}
      {error ? <ErrorAlert error={error} /> : null}
      {data ? (
        <Alert color="green" role="status" variant="light">
          {t.tasks.applied(data.applyTaskTemplate.length)}
        </Alert>
      ) : null}
      <Group>
        <Button
          variant="default"
          loading={loading}
          disabled={!templateId}
          onClick={() =>
            templateId &&
            void apply({ variables: { incidentId, templateId } })
              .then(onDone)
              .catch(() => undefined)
          }
        >
          {t.tasks.apply}
        </Button>
      </Group>
    </Stack>
  );
}

function Tasks({ incident }: { incident: ResponseIncident }) {
  const { data, error, loading, refetch } = useQuery(IncidentTasksQuery, {
    variables: { incidentId: incident.id, kind: incident.kind },
  });
  const peopleQuery = useQuery(IncidentPeopleQuery, { variables: { incidentId: incident.id } });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const tasks = data.incidentTasks.nodes;
  const people: Person[] = (peopleQuery.data?.incident?.participants.nodes ?? [])
    .map((p) => p.member)
    .filter((m): m is Person => !!m);
  const reload = () => void refetch();
  const plain = tasks.filter((x) => !x.obligation);
  return (
    <Stack gap="lg">
      <Obligations tasks={tasks.filter((x) => x.obligation)} refetch={reload} />
      <Card withBorder component="section" aria-labelledby="aufgabenliste" padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h3" id="aufgabenliste">
            {t.tasks.list}
          </Title>
          {plain.length === 0 ? (
            <EmptyState>{t.tasks.none}</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t.tasks.taskTitle}</Table.Th>
                    <Table.Th scope="col">{t.tasks.due}</Table.Th>
                    <Table.Th scope="col">{t.tasks.assignee}</Table.Th>
                    <Table.Th scope="col">{t.tasks.status}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plain.map((task) => (
                    <TaskRow key={task.id} task={task} people={people} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>
      <Card withBorder component="section" padding="lg" aria-labelledby="vorlage">
        <ApplyTemplate
          incidentId={incident.id}
          templates={data.taskTemplates.nodes}
          onDone={reload}
        />
      </Card>
      <Card withBorder component="section" padding="lg" aria-labelledby="neue-aufgabe">
        <NewTask incidentId={incident.id} people={people} onDone={reload} />
      </Card>
    </Stack>
  );
}

export default function TasksPage() {
  return (
    <ResponseFrame title={t.tasks.title}>
      {(incident) => <Tasks incident={incident} />}
    </ResponseFrame>
  );
}
