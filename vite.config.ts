/**
 * One manifest, two browsers. `vite build --mode chrome` writes dist/chrome
 * (MV3 service worker); `--mode firefox` writes dist/firefox (MV3 with
 * background.scripts, a fixed gecko id, data_collection_permissions "none").
 * scripts/build.mjs runs both.
 */
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readFileSync } from 'node:fs';
import { stripPackExamplesPlugin } from './scripts/vite/strip-pack-examples';

type Browser = 'chrome' | 'firefox';

/** Firefox's add-on id: fixed, so storage.managed policies and updates find it. */
export const GECKO_ID = '{ae09e7ab-11a8-4bbb-a235-0890fc7f436b}';

/** The manifest for one browser, from manifest.json plus package.json's version. */
export function manifestFor(browser: Browser): ManifestV3Export {
  const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8'));
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
  const manifest = { ...base, version: pkg.version };
  if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages: background.scripts.
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is honoured from Firefox 140 (desktop).
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest;
}

const CONTENT_SCRIPT = 'src/content/index.ts';

/**
 * crxjs builds standalone content scripts in a nested build that runs none of
 * the project's plugins, so pack examples would ship and Preact's JSX settings
 * would not apply. After the main build, this rebuilds the content script
 * (same entry, same output file crxjs registered in the manifest) as one
 * self-contained, minified IIFE with the project's plugins.
 */
function contentScriptBuild(browser: Browser): Plugin {
  return {
    name: 'second-look:content-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        mode: browser,
        logLevel: 'warn',
        plugins: [stripPackExamplesPlugin(), preact()],
        define: { 'import.meta.env.DEV': 'false' },
        publicDir: false,
        build: {
          outDir: `dist/${browser}/src/content`,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: false,
          lib: { entry: CONTENT_SCRIPT, formats: ['iife'], name: 'secondLook', fileName: () => 'index.js' },
          rollupOptions: { output: { inlineDynamicImports: true } },
        },
      });
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const browser: Browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      stripPackExamplesPlugin(),
      preact(),
      crx({
        manifest: manifestFor(browser),
        browser,
        // One self-contained content script: no loader, no web-accessible chunks
        // a page could probe to learn that Second Look is installed.
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT] },
      }),
      contentScriptBuild(browser),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Extension pages may load nothing remote and need no polyfill fetches.
      modulePreload: false,
      rollupOptions: {
        input: {
          practice: 'src/ui/practice/index.html',
          // Opened by the background on a first install; not named in the manifest.
          setup: 'src/ui/setup/index.html',
        },
      },
    },
    legacy: undefined,
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
