import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES } from './lib/engine/hosts';
import { assertGuidesValid } from './scripts/lib/guide-files';

// Explicit imports everywhere: a reader sees where every name comes from.
export default defineConfig({
  imports: false,
  vite: () => ({
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': '"production"' },
  }),
  hooks: {
    // An invalid guide must never ship: fail the build with the same messages as `npm run guides -- check`.
    'build:before': async () => {
      await assertGuidesValid();
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: PORTAL_MATCHES,
    action: { default_title: '__MSG_extActionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dvc-guide@town.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
