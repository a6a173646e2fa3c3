import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
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
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccessToken(memberId: string, sessionId: string): { token: string; expiresAt: Date } {
    const ttl = this.config.accessTokenTtlSeconds;
    const token = this.jwt.sign({ sid: sessionId }, { subject: memberId, expiresIn: ttl, secret: this.config.jwtSecret, algorithm: 'HS256' });
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** Null for anything that is not a valid, unexpired access token of ours. */
  verifyAccessToken(token: string): AccessClaims | null {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { secret: this.config.jwtSecret, algorithms: ['HS256'] });
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }
}
