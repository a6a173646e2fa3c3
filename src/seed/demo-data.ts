import { INestApplication, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import type { Principal } from '../common/access/authenticated-member';
import { CategoriesService } from '../forums/categories.service';
import { ForumCategory } from '../forums/forum.entities';
import { TopicsService } from '../forums/topics.service';
import { handleFromName, uniqueHandle } from '../members/handle';
import { MemberStatus, OrganisationRole, PlatformRole } from '../members/member.enums';
import { Member } from '../members/member.entity';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationKind } from '../organisations/organisation.enums';
import { ServiceRelation } from '../organisations/service-relation.entity';
import { framed } from '../common/logging/startup-banner';
import { seedDemoStories, StoriesCreated } from './demo-stories';
import { DEMO_CERT, DEMO_MUNICIPALITIES, DEMO_PEOPLE, DEMO_PROVIDERS } from './demo-organisations';

/**
 * Loads the demo community: the CERT, IT providers with the municipalities they serve, members of
 * every kind, forum topics, and the stories of src/seed/demo-stories.ts (advisories, channels,
 * incidents). Idempotent: what exists (by name, e-mail, tracking id or title) is kept. Members get
 * DEMO_PASSWORD or a generated password that is printed once; CERT staff and ADMINs enrol TOTP at
 * first login.
 */
export async function seedDemoData(app: INestApplication): Promise<DemoSummary> {
  const logger = new Logger('Seed');
  const db = app.get(DataSource);
  const password = process.env.DEMO_PASSWORD || `Demo-${randomBytes(9).toString('base64url')}`;
  const weakness = PasswordHasher.weakness(password);
  if (weakness) throw new Error(`DEMO_PASSWORD: ${weakness}`);
  const passwordHash = await app.get(PasswordHasher).hash(password);

  const created = await db.transaction(async (manager) => {
    const orgs = manager.getRepository(Organisation);
    const byName = new Map<string, Organisation>();
    const ensure = async (
      values: Partial<Organisation> & { name: string; kind: OrganisationKind },
    ) => {
      const org =
        (await orgs.findOneBy({ name: values.name })) ?? (await orgs.save(orgs.create(values)));
      byName.set(org.name, org);
      return org;
    };
    await ensure({ name: DEMO_CERT, kind: OrganisationKind.CERT });
    const byKey = new Map<string, Organisation>();
    for (const m of DEMO_MUNICIPALITIES) {
      const org = await ensure({
        name: m.name,
        kind: OrganisationKind.MUNICIPALITY,
        municipalityKey: m.key,
        district: m.district,
        governmentRegion: m.region,
        population: m.population,
      });
      byKey.set(m.key, org);
    }
    for (const p of DEMO_PROVIDERS) {
      const provider = await ensure({ name: p.name, kind: OrganisationKind.IT_PROVIDER });
      for (const s of p.serves) {
        await manager
          .getRepository(ServiceRelation)
          .upsert(
            { providerId: provider.id, municipalityId: byKey.get(s.key)!.id, services: s.services },
            ['providerId', 'municipalityId'],
          );
      }
    }
    const members = manager.getRepository(Member);
    const newMembers: string[] = [];
    for (const person of DEMO_PEOPLE) {
      const handle = handleFromName(person.name);
      const email = `${handle.replace(/[^a-z0-9.]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c] ?? '')}@demo.sicherheitsnetz.nrw`;
      if (await members.existsBy({ email })) continue;
      await members.save(
        members.create({
          organisationId: byName.get(person.organisation)!.id,
          email,
          handle: await uniqueHandle(manager, handle),
          displayName: person.name,
          position: person.position,
          expertiseTags: person.tags,
          organisationRole: person.orgAdmin ? OrganisationRole.ORG_ADMIN : OrganisationRole.MEMBER,
          platformRole: person.admin
            ? PlatformRole.ADMIN
            : person.moderator
              ? PlatformRole.MODERATOR
              : PlatformRole.USER,
          status: MemberStatus.ACTIVE,
          passwordHash,
        }),
      );
      newMembers.push(email);
    }
    return newMembers;
  });
  const categories = await app.get(CategoriesService).ensureDefaults();
  const topics = await seedDemoTopics(app);
  const stories = await seedDemoStories(app);
  logger.log(
    `Demo data loaded: ${created.length} members, ${categories} forum categories, ${topics} topics, ` +
      `${stories.advisories} advisories, ${stories.channels} channels, ${stories.incidents} incidents.`,
  );
  const summary: DemoSummary = { members: created.length, categories, topics, ...stories };
  console.log(demoSummary(summary, created.length ? password : null));
  return summary;
}

export type DemoSummary = StoriesCreated & { members: number; categories: number; topics: number };

/** What the seed made and how to log in, for the person who ran it (stdout, English). */
function demoSummary(made: DemoSummary, password: string | null): string {
  const count = (n: number, what: string) => `${String(n).padStart(3)} ${what}`;
  const lines = [
    `Created now (a second run creates nothing again):`,
    count(made.members, 'members'),
    count(made.categories, 'forum categories') + ', ' + count(made.topics, 'topics').trim(),
    count(made.advisories, 'published advisories (TLP CLEAR, GREEN, AMBER, AMBER+STRICT, RED)'),
    count(made.acknowledgements, 'acknowledgements'),
    count(made.channels, 'chat channels') + ', ' + count(made.messages, 'messages').trim(),
    count(made.incidents, 'incidents (one open, one closed)'),
    '',
    `Log in (login mutation) as, for example:`,
    `  ${DEMO_LOGINS.join('\n  ')}`,
    password
      ? `Password of every demo account: ${password}`
      : 'Password: the one printed (or set as DEMO_PASSWORD) when the accounts were created.',
    'CERT staff and ADMINs set up TOTP at their first login.',
  ];
  return framed('Demo data', lines);
}

const DEMO_LOGINS = [
  'andreas.grossmann@demo.sicherheitsnetz.nrw   (ISB, Stadt Siegen)',
  'thomas.brueckner@demo.sicherheitsnetz.nrw    (IT provider, Südwestfalen-IT)',
  'katrin.hoffmann@demo.sicherheitsnetz.nrw     (CERT, ADMIN)',
];

const DEMO_TOPICS: { author: string; category: string; title: string; body: string }[] = [
  {
    author: 'katrin.hoffmann@demo.sicherheitsnetz.nrw',
    category: 'Allgemein',
    title: 'Willkommen im Sicherheitsnetz',
    body: 'Hier tauschen sich die Informationssicherheitsbeauftragten der Kommunen, die kommunalen IT-Dienstleister und das CERT aus.\n\n- Fragen gern direkt stellen\n- Vorfälle **sofort** über „Vorfall melden“ anzeigen\n- Warnmeldungen erscheinen unter *CERT-Lagebild*',
  },
  {
    author: 'andreas.grossmann@demo.sicherheitsnetz.nrw',
    category: 'Kommunen unter sich',
    title: 'Erfahrungen mit dem WiBA-Check in kleineren Häusern?',
    body: 'Wir starten mit den Bausteinen zur Datensicherung und zu den Clients. Wie habt ihr die Prioritäten gesetzt, und wie viele Personentage hat das gekostet?',
  },
  {
    author: 'thomas.brueckner@demo.sicherheitsnetz.nrw',
    category: 'Dienstleister',
    title: 'Notfallkommunikation bei Ausfall des Rechenzentrums',
    body: 'Nach den Erfahrungen von 2023: Welche Kanäle nutzt ihr, wenn E-Mail und Telefonie des Rechenzentrums ausfallen? Wir testen gerade eine Alarmierungskette per SMS.',
  },
];

/** A few German example topics; skipped when a topic of that title exists. */
async function seedDemoTopics(app: INestApplication): Promise<number> {
  const db = app.get(DataSource);
  let created = 0;
  for (const topic of DEMO_TOPICS) {
    const exists = await db.query<unknown[]>('SELECT 1 FROM forum_topics WHERE title = $1', [
      topic.title,
    ]);
    if (exists.length) continue;
    const author = await db.getRepository(Member).findOneBy({ email: topic.author });
    const category = await db.getRepository(ForumCategory).findOneBy({ name: topic.category });
    if (!author || !category) continue;
    const organisation = await db
      .getRepository(Organisation)
      .findOneByOrFail({ id: author.organisationId });
    // Written through the service, as the author, so audiences and Markdown rendering apply.
    const principal: Principal = {
      memberId: author.id,
      sessionId: 'seed',
      organisationId: organisation.id,
      organisationKind: organisation.kind,
      organisationRole: author.organisationRole,
      platformRole: author.platformRole,
      displayName: author.displayName,
      handle: author.handle,
      mfaPending: false,
    };
    await app
      .get(TopicsService)
      .create(principal, { categoryId: category.id, title: topic.title, body: topic.body });
    created++;
  }
  return created;
}
