import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Explicit include: Vitest's default pattern would also pick up the Nest `*.spec.ts` files.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});
