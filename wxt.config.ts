import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES } from './lib/engine/hosts';
import { assertGuidesValid } from './scripts/lib/guide-files';
import { SIGNALS_MODERN, minifyStyleStrings } from './scripts/lib/vite-shared';
import { pruneMessages } from './scripts/lib/prune-messages';

const STYLE_MODULES = ['components/styles.ts', 'components/overlay/overlay-styles.ts', 'components/workspace/workspace-styles.ts', 'components/resident/resident-styles.ts'].map((f) =>
  path.resolve(import.meta.dirname, f),
);

// Explicit imports everywhere: a reader sees where every name comes from.
export default defineConfig({
  imports: false,
  vite: () => ({
    // The content script keeps only the texts it can show (scripts/lib/prune-messages.ts).
    plugins: [preact(), minifyStyleStrings(STYLE_MODULES), pruneMessages('content-scripts/')],
    resolve: { alias: SIGNALS_MODERN },
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  hooks: {
    // An invalid guide must never ship: fail the build with the same messages as `npm run guides -- check`.
    'build:before': async () => {
      await assertGuidesValid();
    },
  },
  // Store uploads: dvc-guide-<version>-chrome.zip, -firefox.zip and, for the Firefox reviewers, -sources.zip
  // (WXT already leaves out node_modules, dot-folders, .output and *.test.* files; also leave out local leftovers).
  zip: {
    excludeSources: ['coverage/**', 'test-results/**', '**/*.log'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // scripting: practice mode registers the overlay on the practice portal's hosts (lib/practice).
    permissions: ['storage', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: PORTAL_MATCHES,
    // A town's guide catalog may live on any https website; its origin is asked for when a helper saves its
    // URL. Plain http only on this computer (lib/guide/distribution.ts parseCatalogAddress).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    action: { default_title: '__MSG_extActionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dvc-guide@town.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on; without this the store lint warns.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
