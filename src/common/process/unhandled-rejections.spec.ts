import { Logger } from '@nestjs/common';
import { logUnhandledRejections } from './unhandled-rejections';

describe('logUnhandledRejections', () => {
  it('logs a rejection once per minute with the count of repeats, and the process keeps running', () => {
    const errors: string[] = [];
    const logger = { error: (m: string) => errors.push(m) } as unknown as Logger;
    const handler = logUnhandledRejections(logger);
    try {
      expect(process.listeners('unhandledRejection')).toContain(handler);
      const lost = Object.assign(new Error('Reached the max retries per request limit'), {
        name: 'MaxRetriesPerRequestError',
      });
      for (let i = 0; i < 50; i++) handler(lost);
      handler('something else');
      expect(errors).toHaveLength(2);
      expect(errors[0]).toContain('MaxRetriesPerRequestError: Reached the max retries');
      expect(errors[0]).toContain('kept running');
      expect(errors[1]).toContain('something else');
    } finally {
      process.off('unhandledRejection', handler);
    }
  });
});
