import { EntityManager } from 'typeorm';
import { Member } from './member.entity';

/** "Dr. Jörg Müller-Lüdenscheidt" -> "jörg.müller-lüdenscheidt" (umlauts kept: members use them). */
export function handleFromName(displayName: string): string {
  const base = displayName
    .normalize('NFC')
    .toLowerCase()
    .replace(/\b(dr|prof)\.\s*/g, '')
    .replace(/[^\p{L}\d._-]+/gu, '.')
    .replace(/\.{2,}/g, '.')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 34);
  return base.length >= 2 ? base : `mitglied${base}`;
}

/** The first free variant: name, name2, name3, ... */
export async function uniqueHandle(manager: EntityManager, wanted: string): Promise<string> {
  const taken = new Set<string>(
    (
      await manager
        .getRepository(Member)
        .createQueryBuilder('m')
        .select('m.handle', 'handle')
        .where('m.handle = :wanted OR m.handle ~ :pattern', {
          wanted,
          pattern: `^${wanted.replace(/[.\\^$*+?()[\]{}|-]/g, '\\$&')}[0-9]+$`,
        })
        .getRawMany<{ handle: string }>()
    ).map((r) => r.handle),
  );
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}${i}`)) return `${wanted}${i}`;
}
