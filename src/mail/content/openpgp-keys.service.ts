import { Injectable } from '@nestjs/common';
import { createMessage, encrypt, readKey, type PublicKey } from 'openpgp';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { badInput } from '../../common/errors/app-error';
import { MemberOpenPgpKey } from './mail-content.entities';

export const MAX_ARMORED_KEY_LENGTH = 64_000;

export interface OpenPgpKeyInfo {
  fingerprint: string;
  userIds: string[];
  createdAt: Date;
  expiresAt: Date | null;
}

/**
 * Members' OpenPGP public keys. A key is accepted only when it is a public key that can encrypt
 * now (not revoked, not expired); what is stored is re-armored public key material only.
 */
@Injectable()
export class OpenPgpKeysService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(memberId: string): Promise<OpenPgpKeyInfo | null> {
    const row = await this.db.getRepository(MemberOpenPgpKey).findOneBy({ memberId });
    if (!row) return null;
    const key = await readKey({ armoredKey: row.armoredKey });
    return { ...(await describe(key)), createdAt: row.createdAt };
  }

  async set(memberId: string, armored: string, ip: string | null): Promise<OpenPgpKeyInfo> {
    const key = await validatePublicKey(armored);
    const fingerprint = key.getFingerprint().toUpperCase();
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(MemberOpenPgpKey);
      await repo.delete({ memberId });
      const row = await repo.save(repo.create({ memberId, fingerprint, armoredKey: key.armor() }));
      await this.audit.record(
        {
          actorId: memberId,
          action: 'member.openpgp_key_set',
          targetType: 'member',
          targetId: memberId,
          ip,
          details: { fingerprint },
        },
        manager,
      );
      return { ...(await describe(key)), createdAt: row.createdAt };
    });
  }

  async remove(memberId: string, ip: string | null): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const result = await manager.getRepository(MemberOpenPgpKey).delete({ memberId });
      if (!result.affected) return false;
      await this.audit.record(
        {
          actorId: memberId,
          action: 'member.openpgp_key_removed',
          targetType: 'member',
          targetId: memberId,
          ip,
        },
        manager,
      );
      return true;
    });
  }
}

async function describe(key: PublicKey): Promise<Omit<OpenPgpKeyInfo, 'createdAt'>> {
  const expiry = await key.getExpirationTime();
  return {
    fingerprint: key.getFingerprint().toUpperCase(),
    userIds: key.getUserIDs(),
    expiresAt: expiry instanceof Date ? expiry : null,
  };
}

/** Parses and checks an uploaded key; every refusal names the field in German. */
export async function validatePublicKey(armored: string): Promise<PublicKey> {
  const text = armored.trim();
  if (!text) throw badInput('armoredKey', 'Bitte einen öffentlichen OpenPGP-Schlüssel einfügen.');
  if (text.length > MAX_ARMORED_KEY_LENGTH)
    throw badInput('armoredKey', 'Der Schlüssel ist zu groß (höchstens 64 000 Zeichen).');
  if (text.includes('PRIVATE KEY BLOCK'))
    throw badInput(
      'armoredKey',
      'Das ist ein privater Schlüssel. Bitte nur den öffentlichen Schlüssel hochladen und den privaten geheim halten.',
    );
  if (!text.includes('-----BEGIN PGP PUBLIC KEY BLOCK-----'))
    throw badInput(
      'armoredKey',
      'Kein öffentlicher OpenPGP-Schlüssel im ASCII-Format (-----BEGIN PGP PUBLIC KEY BLOCK-----).',
    );
  let key;
  try {
    key = await readKey({ armoredKey: text });
  } catch {
    throw badInput('armoredKey', 'Der Schlüssel konnte nicht gelesen werden.');
  }
  if (key.isPrivate())
    throw badInput(
      'armoredKey',
      'Das ist ein privater Schlüssel. Bitte nur den öffentlichen hochladen.',
    );
  try {
    await key.verifyPrimaryKey();
  } catch {
    throw badInput('armoredKey', 'Der Schlüssel ist widerrufen, abgelaufen oder ungültig.');
  }
  try {
    await key.getEncryptionKey();
  } catch {
    throw badInput(
      'armoredKey',
      'Der Schlüssel hat keinen gültigen Unterschlüssel zum Verschlüsseln.',
    );
  }
  return key;
}

/** Encrypts a complete MIME entity to one key (the inner part of a PGP/MIME mail, RFC 3156). */
export async function encryptTo(armoredKey: string, mimeEntity: string): Promise<string> {
  const key = await readKey({ armoredKey });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- encrypt's declared type names web-stream types the linter cannot resolve (tsc can); armored + string message gives a string
  const armored: string = await encrypt({
    message: await createMessage({ text: mimeEntity }),
    encryptionKeys: key,
    format: 'armored',
  });
  return armored;
}
