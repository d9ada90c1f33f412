import { defineConfig } from 'vitest/config';

// The build lands in kms-web/target/frontend, which the WAR packages at its root (context root "/").
export default defineConfig({
  base: '/',
  build: {
    outDir: '../../../target/frontend',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Source maps stay out of the WAR: the agent's browser should only load what it runs.
    sourcemap: false,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
