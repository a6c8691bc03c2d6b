// Builds the extension with crxjs: the Chrome build (dist/) by default, the Firefox build
// (dist-firefox/) with `--mode firefox`. The version always comes from package.json.
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import sourceManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

/** Firefox 140 is the first release with the CSS Custom Highlight API. */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ID = 'newsmark@newsmark.invalid';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest = { ...sourceManifest, version: pkg.version } as Record<string, unknown>;
  if (browser === 'firefox') {
    const { service_worker, type } = sourceManifest.background;
    manifest.background = { scripts: [service_worker], type };
    manifest.browser_specific_settings = {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android only knows data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as unknown as ManifestV3Export;
}

/**
 * Prints the size of each content script once written: it loads on every page the reader opens.
 * The content scripts are self-contained IIFE bundles (the `.iife.ts` names tell crxjs so), so no
 * module of ours has to be web-accessible and the document_start script really runs at document_start.
 */
function reportContentScriptSize(): Plugin {
  let outDir = 'dist';
  return {
    name: 'newsmark:content-script-size',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const { readFileSync, existsSync } = await import('node:fs');
      const { gzipSync } = await import('node:zlib');
      for (const script of sourceManifest.content_scripts.flatMap((entry) => entry.js)) {
        const built = `${outDir}/${script.replace(/\.ts$/, '.js')}`;
        if (!existsSync(built)) continue;
        const code = readFileSync(built);
        const kb = (bytes: number) => (bytes / 1024).toFixed(1);
        console.log(`content script ${script}: ${kb(code.length)} KB, ${kb(gzipSync(code).length)} KB gzipped`);
      }
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [crx({ manifest: manifestFor(browser), browser }), reportContentScriptSize()],
    build: {
      outDir: browser === 'firefox' ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The note frame (src/page/note-frame) is an extension page shown inside news pages: only
      // listed in web_accessible_resources, so crxjs needs it named as an entry here.
      rollupOptions: { input: { 'note-frame': 'src/page/note-frame/index.html' } },
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
