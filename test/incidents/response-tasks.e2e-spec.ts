import { AuditEvent } from '../../src/audit/audit-event.entity';
import { IncidentTimelineEntry } from '../../src/incidents/incident-timeline-entry.entity';
import { Notification } from '../../src/notifications/notification.entity';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, Cast, createActor, createCast } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { createIncident, putOnDuty } from './response-helpers';

const TASKS = `query($id: ID!) { incidentTasks(incidentId: $id, first: 50) { totalCount nodes { id title status dueAt obligation assigneeId assigneeName fulfilledAt } } }`;
const CREATE = `mutation($input: CreateIncidentTaskInput!) { createIncidentTask(input: $input) { id title status assigneeName } }`;
const UPDATE = `mutation($input: UpdateIncidentTaskInput!) { updateIncidentTask(input: $input) { id status assigneeId } }`;
const TEMPLATES = `query($kind: String) { taskTemplates(incidentKind: $kind) { totalCount nodes { id name incidentKind items { title dueAfterHours obligation } } } }`;
const APPLY = `mutation($i: ID!, $t: ID!) { applyTaskTemplate(incidentId: $i, templateId: $t) { id title dueAt obligation } }`;
const FULFIL = `mutation($input: FulfilReportingObligationInput!) { fulfilReportingObligation(input: $input) { id status fulfilledAt fulfilmentNote } }`;
const TEMPLATE_INPUT = {
  name: 'DDoS: Erstmaßnahmen',
  incidentKind: 'DDOS',
  description: 'Für Überlastangriffe.',
  items: [
    { title: 'Provider informieren', dueAfterHours: 1 },
    { title: 'Polizei informieren', dueAfterHours: 24, obligation: 'POLICE' },
  ],
};

describe('incident tasks, templates and reporting obligations', () => {
  let t: TestApp;
  let cast: Cast;
  let duty: Actor;
  let incidentId: string;
  const reportedAt = new Date(Date.now() - 10 * 3_600_000);

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    duty = await createActor(t, OrganisationKind.CERT, { organisation: cast.cert.organisation });
    await putOnDuty(t, duty);
    const incident = await createIncident(t, {
      reporter: cast.municipal,
      participants: [cast.provider],
      createdAt: reportedAt,
    });
    incidentId = incident.id;
  });
  afterAll(() => t.close());

  const timeline = async (type: string) =>
    t.db.getRepository(IncidentTimelineEntry).find({
      where: { incidentId, type: type as IncidentTimelineEntry['type'] },
      order: { createdAt: 'ASC' },
    });

  it('ships the ransomware template with the reporting obligations', async () => {
    const res = await t.gql(TEMPLATES, { kind: 'RANSOMWARE' }, cast.municipal.token);
    expect(res.errors).toBeUndefined();
    const names = res.data.taskTemplates.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(['Ransomware: die ersten 24 Stunden', 'Meldepflichten']),
    );
    const ransomware = res.data.taskTemplates.nodes.find(
      (n: { name: string }) => n.name === 'Ransomware: die ersten 24 Stunden',
    );
    expect(
      ransomware.items
        .filter((i: { obligation: string | null }) => i.obligation)
        .map((i: { obligation: string }) => i.obligation),
    ).toEqual(['DATA_PROTECTION', 'BSI', 'POLICE', 'INSURER']);
  });

  it('applying the template creates the tasks; the GDPR deadline is 72 hours after the report', async () => {
    const templates = (await t.gql(TEMPLATES, { kind: 'RANSOMWARE' }, cast.municipal.token)).data
      .taskTemplates.nodes;
    const template = templates.find((n: { name: string }) => n.name.startsWith('Ransomware'));
    const res = await t.gql(APPLY, { i: incidentId, t: template.id }, cast.municipal.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.applyTaskTemplate).toHaveLength(template.items.length);
    const gdpr = res.data.applyTaskTemplate.find(
      (x: { obligation: string }) => x.obligation === 'DATA_PROTECTION',
    );
    const [incident] = await t.db.query(`SELECT created_at FROM incidents WHERE id = $1`, [
      incidentId,
    ]);
    expect(new Date(gdpr.dueAt).getTime()).toBe(
      new Date(incident.created_at).getTime() + 72 * 3_600_000,
    );
    const entries = await timeline('TASK');
    expect(entries.at(-1)!.text).toContain(
      'Vorlage „Ransomware: die ersten 24 Stunden“ angewendet',
    );
  });

  it('creates and changes tasks; every change is on the timeline and the assignee is notified', async () => {
    const created = await t.gql(
      CREATE,
      {
        input: {
          incidentId,
          title: 'Firewall-Protokolle sichern',
          assigneeId: cast.provider.member.id,
          dueAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      cast.municipal.token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createIncidentTask.assigneeName).toBe(cast.provider.member.displayName);
    const id = created.data.createIncidentTask.id;
    expect(
      await t.db.getRepository(Notification).countBy({
        memberId: cast.provider.member.id,
        kind: 'INCIDENT_TASK',
        targetId: incidentId,
      }),
    ).toBe(1);
    const updated = await t.gql(
      UPDATE,
      { input: { id, status: 'IN_PROGRESS' } },
      cast.provider.token,
    );
    expect(updated.data.updateIncidentTask.status).toBe('IN_PROGRESS');
    const texts = (await timeline('TASK')).map((e) => e.text);
    expect(texts).toContain('Aufgabe angelegt: Firewall-Protokolle sichern');
    expect(texts).toContain('Aufgabe „Firewall-Protokolle sichern“ geändert: Status in Arbeit');
    // The CERT duty roster works on the incident without being a participant.
    const byDuty = await t.gql(UPDATE, { input: { id, status: 'DONE' } }, duty.token);
    expect(byDuty.data.updateIncidentTask.status).toBe('DONE');
  });

  it('refuses an assignee who does not take part, naming the field', async () => {
    const res = await t.gql(
      CREATE,
      { input: { incidentId, title: 'Etwas', assigneeId: cast.moderator.member.id } },
      cast.municipal.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('assigneeId');
  });

  it('fulfilling a reporting obligation writes a REPORTING_OBLIGATION entry, once', async () => {
    const tasks = (await t.gql(TASKS, { id: incidentId }, cast.municipal.token)).data.incidentTasks
      .nodes;
    const gdpr = tasks.find((x: { obligation: string }) => x.obligation === 'DATA_PROTECTION');
    // Marking it done without a note is refused: the note is what proves the report.
    const plain = await t.gql(
      UPDATE,
      { input: { id: gdpr.id, status: 'DONE' } },
      cast.municipal.token,
    );
    expect(errorCode(plain)).toBe('BAD_USER_INPUT');
    const res = await t.gql(
      FULFIL,
      { input: { taskId: gdpr.id, note: 'Online-Meldung LDI NRW, Az. 123/26' } },
      cast.municipal.token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.fulfilReportingObligation).toMatchObject({
      status: 'DONE',
      fulfilmentNote: 'Online-Meldung LDI NRW, Az. 123/26',
    });
    const entries = await timeline('REPORTING_OBLIGATION');
    expect(entries).toHaveLength(1);
    expect(entries[0].text).toContain('Datenschutzverletzung an die LDI NRW');
    expect(entries[0].actorId).toBe(cast.municipal.member.id);
    const again = await t.gql(
      FULFIL,
      { input: { taskId: gdpr.id, note: 'nochmal' } },
      cast.municipal.token,
    );
    expect(errorCode(again)).toBe('CONFLICT');
  });

  it('non-participants get NOT_FOUND on every task operation (also CERT members not on duty and ADMINs)', async () => {
    const tasks = (await t.gql(TASKS, { id: incidentId }, cast.municipal.token)).data.incidentTasks
      .nodes;
    const taskId = tasks[0].id;
    const template = (await t.gql(TEMPLATES, {}, cast.municipal.token)).data.taskTemplates.nodes[0];
    for (const outsider of [cast.moderator, cast.cert, cast.admin, cast.municipalOrgAdmin]) {
      expect(errorCode(await t.gql(TASKS, { id: incidentId }, outsider.token))).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(CREATE, { input: { incidentId, title: 'x' } }, outsider.token)),
      ).toBe('NOT_FOUND');
      expect(
        errorCode(await t.gql(UPDATE, { input: { id: taskId, status: 'OPEN' } }, outsider.token)),
      ).toBe('NOT_FOUND');
      expect(errorCode(await t.gql(APPLY, { i: incidentId, t: template.id }, outsider.token))).toBe(
        'NOT_FOUND',
      );
      expect(errorCode(await t.gql(FULFIL, { input: { taskId, note: 'x' } }, outsider.token))).toBe(
        'NOT_FOUND',
      );
    }
    expect(errorCode(await t.gql(TASKS, { id: incidentId }, null))).toBe('UNAUTHENTICATED');
  });

  it('templates: ADMINs create, change and delete them; nobody else may', async () => {
    const CREATE_T = `mutation($input: TaskTemplateInput!) { createTaskTemplate(input: $input) { id name items { title obligation } } }`;
    const UPDATE_T = `mutation($id: ID!, $input: TaskTemplateInput!) { updateTaskTemplate(id: $id, input: $input) { id name } }`;
    const DELETE_T = `mutation($id: ID!) { deleteTaskTemplate(id: $id) }`;
    for (const who of [cast.municipal, cast.cert, duty, cast.moderator])
      expect(errorCode(await t.gql(CREATE_T, { input: TEMPLATE_INPUT }, who.token))).toBe(
        'FORBIDDEN',
      );
    const created = await t.gql(CREATE_T, { input: TEMPLATE_INPUT }, cast.admin.token);
    expect(created.errors).toBeUndefined();
    const id = created.data.createTaskTemplate.id;
    expect(
      errorCode(
        await t.gql(UPDATE_T, { id, input: { ...TEMPLATE_INPUT, name: 'x' } }, cast.admin.token),
      ),
    ).toBe('BAD_USER_INPUT');
    const renamed = await t.gql(
      UPDATE_T,
      { id, input: { ...TEMPLATE_INPUT, name: 'DDoS: die erste Stunde' } },
      cast.admin.token,
    );
    expect(renamed.data.updateTaskTemplate.name).toBe('DDoS: die erste Stunde');
    expect(errorCode(await t.gql(DELETE_T, { id }, cast.municipal.token))).toBe('FORBIDDEN');
    expect((await t.gql(DELETE_T, { id }, cast.admin.token)).data.deleteTaskTemplate).toBe(true);
    expect(errorCode(await t.gql(DELETE_T, { id }, cast.admin.token))).toBe('NOT_FOUND');
    expect(
      await t.db.getRepository(AuditEvent).countBy({ targetId: id, actorId: cast.admin.member.id }),
    ).toBe(3);
  });
});
