import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane. */
const OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

@Injectable()
export class PasswordHasher {
  /** Verified against for unknown accounts so that they take as long as known ones. */
  private readonly dummyHash = argon2.hash('dummy-password-for-timing', OPTIONS);

  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  }

  async verify(hash: string | null | undefined, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash ?? (await this.dummyHash), password);
    } catch {
      return false;
    }
  }

  /** A German message naming what is wrong, or null when the password is acceptable. */
  static weakness(password: string): string | null {
    if (password.length < PASSWORD_MIN_LENGTH)
      return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
    if (password.length > PASSWORD_MAX_LENGTH)
      return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
    if (new Set(password).size < 5) return 'Das Passwort enthält zu wenige verschiedene Zeichen.';
    return null;
  }
}
