import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput } from '../../common/errors/app-error';
import { MailPreference } from './mail-content.entities';
import {
  MAIL_KIND_LABELS,
  MAIL_KIND_RULES,
  MAIL_KINDS,
  MailFrequency,
  MailKind,
} from './mail-kinds';

export interface MailPreferenceView {
  kind: MailKind;
  frequency: MailFrequency;
  allowed: MailFrequency[];
  locked: boolean;
}

/** The frequency that applies: a locked kind's default, else a stored allowed choice, else the default. */
export function effectiveFrequency(stored: Record<string, string>, kind: MailKind): MailFrequency {
  const rule = MAIL_KIND_RULES[kind];
  const f = stored[kind] as MailFrequency | undefined;
  return !rule.locked && f && rule.allowed.includes(f) ? f : rule.default;
}

/** Per member and kind: the stored choice, or the kind's default; locked kinds ignore any row. */
@Injectable()
export class MailPreferencesService {
  constructor(private readonly db: DataSource) {}

  async list(memberId: string): Promise<MailPreferenceView[]> {
    const rows = await this.db.getRepository(MailPreference).findBy({ memberId });
    return MAIL_KINDS.map((kind) => {
      const rule = MAIL_KIND_RULES[kind];
      const stored = rows.find((r) => r.kind === (kind as string))?.frequency;
      const frequency =
        !rule.locked && stored && rule.allowed.includes(stored) ? stored : rule.default;
      return { kind, frequency, allowed: rule.allowed, locked: rule.locked };
    });
  }

  /** Refuses what a kind does not allow (a locked kind cannot be switched off) with a clear error. */
  async set(
    memberId: string,
    kind: MailKind,
    frequency: MailFrequency,
    manager: EntityManager = this.db.manager,
  ): Promise<MailPreferenceView> {
    const rule = MAIL_KIND_RULES[kind];
    if (!rule) throw badInput('kind', 'Unbekannte Art von E-Mail.');
    if (rule.locked && frequency !== rule.default)
      throw new AppError(
        'FORBIDDEN',
        `„${MAIL_KIND_LABELS[kind]}“ sind sicherheitskritisch und werden immer sofort per E-Mail zugestellt; sie lassen sich nicht abbestellen.`,
        'frequency',
      );
    if (!rule.allowed.includes(frequency))
      throw badInput(
        'frequency',
        `„${MAIL_KIND_LABELS[kind]}“ werden nur sofort oder gar nicht zugestellt, nicht gesammelt.`,
      );
    await manager
      .createQueryBuilder()
      .insert()
      .into(MailPreference)
      .values({ memberId, kind, frequency })
      .orUpdate(['frequency', 'updated_at'], ['member_id', 'kind'])
      .execute();
    return { kind, frequency, allowed: rule.allowed, locked: rule.locked };
  }

  /** The effective frequency of one kind for many members at once (inside the caller's transaction). */
  async frequencies(
    manager: EntityManager,
    memberIds: string[],
    kinds: MailKind[],
  ): Promise<(memberId: string, kind: MailKind) => MailFrequency> {
    const stored = new Map<string, MailFrequency>();
    const open = kinds.filter((k) => !MAIL_KIND_RULES[k].locked);
    if (memberIds.length && open.length) {
      const rows = await manager.query<
        Array<{ member_id: string; kind: string; frequency: MailFrequency }>
      >(
        `SELECT member_id, kind, frequency FROM mail_preferences WHERE member_id = ANY($1::uuid[]) AND kind = ANY($2::text[])`,
        [memberIds, open],
      );
      for (const r of rows) stored.set(`${r.member_id}:${r.kind}`, r.frequency);
    }
    return (memberId, kind) => {
      const rule = MAIL_KIND_RULES[kind];
      if (rule.locked) return rule.default;
      const f = stored.get(`${memberId}:${kind}`);
      return f && rule.allowed.includes(f) ? f : rule.default;
    };
  }
}
