import { Logger } from '@nestjs/common';
import { DatabaseOutage, isDatabaseUnreachable } from './database-outage';

describe('isDatabaseUnreachable', () => {
  it('knows connection failures, also wrapped', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    for (const e of [
      refused,
      new Error('Connection terminated unexpectedly'),
      { message: 'query failed', driverError: { code: '57P01' } },
      { code: '08006' },
      { originalError: { thrownValue: { code: 'ECONNREFUSED' } } },
      new AggregateError([refused], 'all refused'),
      { message: 'timeout exceeded when trying to connect' },
    ])
      expect({ e, unreachable: isDatabaseUnreachable(e) }).toEqual({ e, unreachable: true });
  });

  it('leaves query errors and everything else alone', () => {
    for (const e of [
      { code: '23505', message: 'duplicate key value violates unique constraint' },
      { code: '42601', message: 'syntax error at or near' },
      { code: '42703', message: 'column "x" does not exist' },
      new Error('Interner Fehler'),
      null,
      'ECONNREFUSED',
    ])
      expect({ e, unreachable: isDatabaseUnreachable(e) }).toEqual({ e, unreachable: false });
  });
});

describe('DatabaseOutage', () => {
  it('logs the first failure of an outage and its end, nothing in between', async () => {
    const lines: string[] = [];
    const spies = (['error', 'log'] as const).map((level) =>
      jest
        .spyOn(Logger.prototype, level)
        .mockImplementation((...args: unknown[]) => void lines.push(`${level} ${String(args[0])}`)),
    );
    try {
      let up = false;
      const outage = new DatabaseOutage(10);
      outage.attach(() => (up ? Promise.resolve() : Promise.reject(new Error('down'))));
      const refused = { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' };
      expect(outage.report(new Error('syntax error'))).toBe(false);
      for (let i = 0; i < 100; i++) expect(outage.report(refused)).toBe(true);
      await new Promise((r) => setTimeout(r, 50));
      expect(outage.isDown).toBe(true);
      up = true;
      for (let i = 0; i < 50 && outage.isDown; i++) await new Promise((r) => setTimeout(r, 10));
      expect(outage.isDown).toBe(false);
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^error Database unreachable/);
      expect(lines[1]).toMatch(/^log Database reachable again .*100 failed requests/);
      outage.stop();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
