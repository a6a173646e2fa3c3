import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Allow } from '../common/access/policy.decorator';

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Liveness: the process answers. */
  @Get()
  @Allow.public()
  live() {
    return { status: 'ok' };
  }

  /** Readiness: the database answers; load balancers route only to ready instances. */
  @Get('ready')
  @Allow.public()
  @HttpCode(200)
  async ready() {
    try {
      await this.db.query('SELECT 1');
      return { status: 'ok', database: 'up' };
    } catch {
      throw new ServiceUnavailableException({ status: 'error', database: 'down' });
    }
  }
}
