import { ArgumentsHost, Catch, Injectable } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Response } from 'express';
import {
  DatabaseOutage,
  UNAVAILABLE_MESSAGE,
  UNAVAILABLE_RETRY_AFTER_SECONDS,
} from '../../database/database-outage';

/**
 * For HTTP routes that read the database: while it is unreachable, 503 with Retry-After and the
 * code UNAVAILABLE instead of Nest's 500 and a logged stack trace per request (the outage logs
 * itself once). Everything else goes to Nest's default handling.
 */
@Injectable()
@Catch()
export class DatabaseOutageFilter extends BaseExceptionFilter {
  constructor(private readonly outage: DatabaseOutage) {
    super();
  }

  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() === 'http' && this.outage.report(exception)) {
      const res = host.switchToHttp().getResponse<Response>();
      res
        .status(503)
        .set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS))
        .set('cache-control', 'no-store')
        .json({ statusCode: 503, code: 'UNAVAILABLE', message: UNAVAILABLE_MESSAGE });
      return;
    }
    super.catch(exception, host);
  }
}
