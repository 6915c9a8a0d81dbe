import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Pure Node tests of the engine, the packs, the corpus and the scripts: no mocks, no globals, no
// DOM. They share one module cache per worker, so the engine's tables and models are decoded once
// per worker rather than once per file (88 s -> 51 s for these 46 files on a 2-core machine). The
// rest (UI, content scripts, sites, platform) keep a fresh module graph per file: they mock modules
// and set globals.
const SHARED = 'tests/{engine,packs,data,scripts}/**/*.test.ts';

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'engine', include: [SHARED], isolate: false } },
      { extends: true, test: { name: 'app', include: ['tests/**/*.test.{ts,tsx}'], exclude: [SHARED, 'tests/e2e/**', 'node_modules/**'] } },
    ],
  },
});
