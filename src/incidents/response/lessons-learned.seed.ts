import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForumCategory } from '../../forums/forum.entities';
import { Member } from '../../members/member.entity';
import { Incident } from '../incident.entity';
import { LessonsLearnedService } from './lessons-learned.service';
import { LessonsLearned } from './response.entities';

const AUTHOR = 'Frank Jäger';
const REVIEWER = 'Dr. Katrin Hoffmann';
const CATEGORY = 'Allgemein';

/**
 * Demo: the closed demo incident gets a published, pseudonymised lessons-learned post, written
 * through the service as its reporter and reviewed by the CERT lead (on duty). Idempotent.
 * Returns 1 when it created the post.
 */
export async function seedLessonsLearned(
  app: INestApplication,
  incidentTitle: string,
): Promise<number> {
  const db = app.get(DataSource);
  const incident = await db.getRepository(Incident).findOneBy({ title: incidentTitle });
  const category = await db.getRepository(ForumCategory).findOneBy({ name: CATEGORY });
  if (!incident || !category) return 0;
  if (await db.getRepository(LessonsLearned).existsBy({ incidentId: incident.id })) return 0;
  const service = app.get(LessonsLearnedService);
  const byName = async (displayName: string) =>
    service.authorPrincipal((await db.getRepository(Member).findOneByOrFail({ displayName })).id);
  const author = await byName(AUTHOR);
  const reviewer = await byName(REVIEWER);
  const draft = await service.draft(author, incident.id, {
    categoryId: category.id,
    title: 'Lessons learned: kompromittiertes Postfach in der Stadt Recklinghausen',
    bodyMarkdown: [
      'Ein Postfach der Stadt Recklinghausen wurde per Phishing übernommen; über eine versteckte Weiterleitungsregel flossen Mails ab, und an Bürgerinnen und Bürger gingen Phishing-Mails.',
      '',
      '## Was gut lief',
      '',
      '- Die Meldung über das Sicherheitsnetz brachte das CERT binnen einer Stunde in den Vorfallraum.',
      '- Kennwort, Weiterleitungsregel und Sitzungen waren am selben Vormittag zurückgesetzt.',
      '',
      '## Was wir ändern',
      '',
      '- MFA für alle Postfächer, zuerst für Funktionspostfächer.',
      '- Weiterleitungen nach außen sind standardmäßig gesperrt.',
      '- Anmeldeprotokolle werden 90 Tage aufbewahrt.',
    ].join('\n'),
    pseudonymised: true,
  });
  await service.submit(author, draft.id);
  await service.review(reviewer, draft.id, true, 'Danke, gerne so veröffentlichen.');
  return 1;
}
