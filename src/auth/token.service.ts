import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/app-config';

export interface AccessClaims {
  sub: string;
  sid: string;
}

export const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Opaque random token; only its hash is stored. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

@Injectable()
export class TokenService {
  /**
   * The HMAC key as a KeyObject, made once: given a string, jsonwebtoken first tries to parse it as
   * a PEM public key on every verify (an exception per request, ~8 % of the app's CPU in bench P1)
   * before it falls back to the same secret key built from the same UTF-8 bytes.
   */
  private readonly key: KeyObject;

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  signAccessToken(memberId: string, sessionId: string): { token: string; expiresAt: Date } {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = this.jwt.sign(
      { sid: sessionId },
      {
        subject: memberId,
        expiresIn: ttl,
        secret: this.key as unknown as Buffer,
        algorithm: 'HS256',
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Null for anything that is not a valid, unexpired access token of ours. */
  verifyAccessToken(token: string): AccessClaims | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, {
        secret: this.key as unknown as Buffer,
        algorithms: ['HS256'],
      });
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
