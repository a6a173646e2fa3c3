import { TlpLabel } from '../../src/advisories/advisory.enums';
import { closeCsafValidator, validateCsaf } from '../../src/advisories/csaf/csaf-validator';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { CategoriesService } from '../../src/forums/categories.service';
import { ForumCategory, ForumPost, ForumTopic } from '../../src/forums/forum.entities';
import { IncidentStatus } from '../../src/incidents/incident.enums';
import { OrganisationKind } from '../../src/organisations/organisation.enums';
import { Actor, Cast, createActor, createCast } from '../helpers/factories';
import { errorCode, startTestApp, TestApp } from '../helpers/test-app';
import { createIncident, putOnDuty } from './response-helpers';

const REPORT = `query($id: ID!) { situationReport(incidentId: $id) { reportMarkdown tlp exportable clearance { summary tlp clearedByName } } }`;
const CLEAR = `mutation($input: ClearForSharingInput!) { clearSituationReportForSharing(input: $input) { exportable clearance { tlp } } }`;
const CSAF = `query($id: ID!) { incidentCsaf(incidentId: $id) }`;
const DRAFT = `mutation($i: ID!, $input: LessonsLearnedInput!) { draftLessonsLearned(incidentId: $i, input: $input) { id status publishedMarkdown } }`;
const SUBMIT = `mutation($id: ID!) { submitLessonsLearned(id: $id) { id status } }`;
const REVIEW = `mutation($input: ReviewLessonsLearnedInput!) { reviewLessonsLearned(input: $input) { id status topicId reviewNote } }`;
const LIST = `query($i: ID!) { lessonsLearned(incidentId: $i) { totalCount nodes { id status title } } }`;
const SUMMARY =
  'Ein Verschlüsselungsangriff legte Fachverfahren lahm; die Systeme sind aus Sicherungen wiederhergestellt.';

describe('situation report, CSAF export and lessons learned', () => {
  let t: TestApp;
  let cast: Cast;
  let duty: Actor;
  let category: ForumCategory;

  beforeAll(async () => {
    t = await startTestApp();
    cast = await createCast(t);
    duty = await createActor(t, OrganisationKind.CERT, { organisation: cast.cert.organisation });
    await putOnDuty(t, duty);
    await t.app.get(CategoriesService).ensureDefaults();
    category = await t.db.getRepository(ForumCategory).findOneByOrFail({ name: 'Allgemein' });
  });
  afterAll(async () => {
    await closeCsafValidator();
    await t.close();
  });

  it('generates the Lagebericht from incident, affected organisations, tasks and timeline', async () => {
    const incident = await createIncident(t, {
      reporter: cast.municipal,
      participants: [cast.provider],
      title: 'Lagebild Marker-7Q',
    });
    await t.gql(
      `mutation($input: CreateIncidentTaskInput!) { createIncidentTask(input: $input) { id } }`,
      { input: { incidentId: incident.id, title: 'Backups prüfen' } },
      cast.municipal.token,
    );
    const res = await t.gql(REPORT, { id: incident.id }, cast.provider.token);
    expect(res.errors).toBeUndefined();
    const md: string = res.data.situationReport.reportMarkdown;
    expect(md).toContain('**TLP:RED**');
    expect(md).toContain('# Lagebericht: Lagebild Marker-7Q');
    expect(md).toContain(cast.municipal.organisation.name);
    expect(md).toContain('| Backups prüfen | offen |');
    expect(md).toContain('Aufgabe angelegt: Backups prüfen');
    expect(res.data.situationReport.exportable).toBe(false);
    for (const outsider of [cast.cert, cast.admin, cast.moderator])
      expect(errorCode(await t.gql(REPORT, { id: incident.id }, outsider.token))).toBe('NOT_FOUND');
    expect(
      await t.db
        .getRepository(AuditEvent)
        .countBy({ action: 'incident.situation_report', targetId: incident.id }),
    ).toBe(1);
  });

  it('refuses clearance and export while the label is AMBER or RED', async () => {
    for (const tlp of [TlpLabel.RED, TlpLabel.AMBER, TlpLabel.AMBER_STRICT]) {
      const incident = await createIncident(t, { reporter: cast.municipal, participants: [], tlp });
      expect(
        errorCode(
          await t.gql(CLEAR, { input: { incidentId: incident.id, summary: SUMMARY } }, duty.token),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await t.gql(CSAF, { id: incident.id }, duty.token))).toBe('FORBIDDEN');
    }
  });

  it('exports the cleared part of a GREEN incident as CSAF that passes the import validator', async () => {
    const incident = await createIncident(t, {
      reporter: cast.municipal,
      participants: [cast.provider],
      tlp: TlpLabel.GREEN,
    });
    // Without the review step, no export.
    expect(errorCode(await t.gql(CSAF, { id: incident.id }, cast.municipal.token))).toBe(
      'FORBIDDEN',
    );
    // Only the duty roster clears; a participant is refused, an outsider does not see it.
    expect(
      errorCode(
        await t.gql(
          CLEAR,
          { input: { incidentId: incident.id, summary: SUMMARY } },
          cast.municipal.token,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await t.gql(
          CLEAR,
          { input: { incidentId: incident.id, summary: SUMMARY } },
          cast.cert.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    const cleared = await t.gql(
      CLEAR,
      { input: { incidentId: incident.id, summary: SUMMARY } },
      duty.token,
    );
    expect(cleared.data.clearSituationReportForSharing).toEqual({
      exportable: true,
      clearance: { tlp: 'GREEN' },
    });
    const res = await t.gql(CSAF, { id: incident.id }, cast.municipal.token);
    expect(res.errors).toBeUndefined();
    const doc = JSON.parse(res.data.incidentCsaf);
    expect(doc.document.category).toBe('csaf_security_incident_response');
    expect(doc.document.distribution.tlp.label).toBe('GREEN');
    expect(doc.document.notes[0].text).toBe(SUMMARY);
    // Nothing beyond the cleared part: not the internal description.
    expect(res.data.incidentCsaf).not.toContain('Seit 6 Uhr');
    expect(await validateCsaf(doc)).toEqual([]);
    for (const outsider of [cast.cert, cast.admin, cast.moderator])
      expect(errorCode(await t.gql(CSAF, { id: incident.id }, outsider.token))).toBe('NOT_FOUND');
    // Raising the label again withdraws the export.
    await t.db.query(`UPDATE incidents SET tlp = 'AMBER' WHERE id = $1`, [incident.id]);
    expect(errorCode(await t.gql(CSAF, { id: incident.id }, cast.municipal.token))).toBe(
      'FORBIDDEN',
    );
  }, 120_000);

  it('lessons learned: drafted after closing, pseudonymised, reviewed by duty, published as a forum topic', async () => {
    const open = await createIncident(t, { reporter: cast.municipal, participants: [] });
    const input = {
      categoryId: category.id,
      title: `Was ${cast.municipal.organisation.name} gelernt hat`,
      bodyMarkdown: `In ${cast.municipal.organisation.name} fehlten Offline-Backups. Der Dienstleister half schnell.`,
      pseudonymised: true,
    };
    expect(errorCode(await t.gql(DRAFT, { i: open.id, input }, cast.municipal.token))).toBe(
      'CONFLICT',
    );
    const closed = await createIncident(t, {
      reporter: cast.municipal,
      participants: [cast.provider],
      status: IncidentStatus.CLOSED,
    });
    expect(errorCode(await t.gql(DRAFT, { i: closed.id, input }, cast.moderator.token))).toBe(
      'NOT_FOUND',
    );
    const draft = await t.gql(DRAFT, { i: closed.id, input }, cast.municipal.token);
    expect(draft.errors).toBeUndefined();
    const id = draft.data.draftLessonsLearned.id;
    expect(draft.data.draftLessonsLearned.publishedMarkdown).toBe(
      'In Kommune A fehlten Offline-Backups. Der Dienstleister half schnell.',
    );
    // Review before submission is refused; only the author submits.
    expect(errorCode(await t.gql(REVIEW, { input: { id, approve: true } }, duty.token))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await t.gql(SUBMIT, { id }, cast.provider.token))).toBe('FORBIDDEN');
    expect(
      (await t.gql(SUBMIT, { id }, cast.municipal.token)).data.submitLessonsLearned.status,
    ).toBe('IN_REVIEW');
    // A participant not on duty may not review; an outsider does not see it.
    expect(
      errorCode(await t.gql(REVIEW, { input: { id, approve: true } }, cast.provider.token)),
    ).toBe('FORBIDDEN');
    expect(errorCode(await t.gql(REVIEW, { input: { id, approve: true } }, cast.cert.token))).toBe(
      'NOT_FOUND',
    );
    const published = await t.gql(REVIEW, { input: { id, approve: true } }, duty.token);
    expect(published.errors).toBeUndefined();
    expect(published.data.reviewLessonsLearned.status).toBe('PUBLISHED');
    const topic = await t.db
      .getRepository(ForumTopic)
      .findOneByOrFail({ id: published.data.reviewLessonsLearned.topicId });
    expect(topic).toMatchObject({
      categoryId: category.id,
      authorId: cast.municipal.member.id,
      title: 'Was Kommune A gelernt hat',
    });
    const post = await t.db
      .getRepository(ForumPost)
      .findOneByOrFail({ topicId: topic.id, postNumber: 1 });
    expect(JSON.stringify(post)).not.toContain(cast.municipal.organisation.name);
    expect(errorCode(await t.gql(REVIEW, { input: { id, approve: true } }, duty.token))).toBe(
      'CONFLICT',
    );
    expect(
      (await t.gql(LIST, { i: closed.id }, cast.provider.token)).data.lessonsLearned.totalCount,
    ).toBe(1);
    expect(errorCode(await t.gql(LIST, { i: closed.id }, cast.cert.token))).toBe('NOT_FOUND');
  });

  it('a review that sends the post back needs a note and returns it to draft', async () => {
    const closed = await createIncident(t, {
      reporter: cast.municipal,
      participants: [],
      status: IncidentStatus.CLOSED,
    });
    const draft = await t.gql(
      DRAFT,
      {
        i: closed.id,
        input: {
          categoryId: category.id,
          title: 'Erfahrungen',
          bodyMarkdown: 'Ein ausführlicher Bericht über den Vorfall.',
          pseudonymised: false,
        },
      },
      cast.municipal.token,
    );
    const id = draft.data.draftLessonsLearned.id;
    await t.gql(SUBMIT, { id }, cast.municipal.token);
    expect(errorCode(await t.gql(REVIEW, { input: { id, approve: false } }, duty.token))).toBe(
      'BAD_USER_INPUT',
    );
    const back = await t.gql(
      REVIEW,
      { input: { id, approve: false, note: 'Bitte Namen der Kolleginnen entfernen.' } },
      duty.token,
    );
    expect(back.data.reviewLessonsLearned).toMatchObject({
      status: 'DRAFT',
      topicId: null,
      reviewNote: 'Bitte Namen der Kolleginnen entfernen.',
    });
  });
});
