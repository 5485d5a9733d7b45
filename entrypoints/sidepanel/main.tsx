/**
 * The side panel (Chrome side panel, Firefox sidebar): the resident's guide finder, or the helper workspace
 * in helper mode. Wires the models to the background, the checklist database and extension storage.
 */
import { effect, signal } from '@preact/signals';
import { render, type JSX } from 'preact';
import { browser } from 'wxt/browser';
import { baseStyles } from '../../components/styles';
import { ResidentPanel } from '../../components/resident/ResidentPanel';
import { SidePanelApp } from '../../components/resident/SidePanelApp';
import { residentStyles } from '../../components/resident/resident-styles';
import { AuthorPanel, authorPanelStyles } from '../../components/author/AuthorPanel';
import { createAuthorModelFor, type ExtensionApi } from '../../components/author/author-wiring';
import { WorkspaceApp } from '../../components/workspace/WorkspaceApp';
import { workspaceStyles } from '../../components/workspace/workspace-styles';
import type { Lang } from '../../lib/i18n/workspace-messages';
import { isRunRecord } from '../../lib/overlay/run-store';
import { localStorageArea, openGuideVia, readTabRun, tabOfRunKey, watchLang, type ExtensionLike } from '../../lib/resident/browser-ports';
import { createFinderModel } from '../../lib/resident/finder-model';
import { createTabRunModel } from '../../lib/resident/tab-run-model';
import { createBackupModel } from '../../lib/workspace/backup-model';
import { createChecklistStore } from '../../lib/checklist/store';
import { createChecklistClient } from '../../lib/workspace/client';
import { directSend } from '../../lib/workspace/direct-store';
import { CSV_MIME, JSON_MIME, downloadText } from '../../lib/workspace/download';
import { followGuides, requestGuides } from '../../lib/workspace/guides-source';
import { loadLeafletUrl } from '../../lib/workspace/leaflet-pref';
import { PRACTICE_DOMAIN_KEY } from '../../lib/practice/registration';
import type { LeafletPrint } from '../../components/leaflet/LeafletButton';
import { createModeModel } from '../../lib/workspace/mode-model';
import { createNewSessionModel } from '../../lib/workspace/new-session-model';
import { createReportModel } from '../../lib/workspace/report-model';
import { runtimeTransport, type RuntimeLike } from '../../lib/workspace/runtime-transport';
import { createWorkspaceModel } from '../../lib/workspace/workspace-model';
import { loadStoredTown, TOWN_KEY } from '../../lib/town/town-store';
import type { TownProfile } from '../../lib/town/schema';

const style = document.createElement('style');
style.textContent = baseStyles + workspaceStyles + residentStyles + authorPanelStyles;
document.head.append(style);

const api = browser as unknown as ExtensionLike;
const storage = localStorageArea(api);
const mode = createModeModel(storage);
const lang = signal<Lang>('vi');
watchLang(api, (l) => (lang.value = l));

const finder = createFinderModel({ ticks: storage, openGuide: (id) => openGuideVia(api, id) });
const tabRun = createTabRunModel({ guides: finder.guides, readRun: (tabId) => readTabRun(api, tabId) });

const transport = runtimeTransport(browser.runtime as unknown as RuntimeLike);
// Session reads and edits go straight to the database (same extension origin, same code); the background
// hears of each write and passes it on to the portal tab and the other pages (lib/workspace/direct-store.ts).
const sessionStore = createChecklistStore(indexedDB, {
  onVersionChange: (error) => console.warn('dvc-guide checklist:', error.message),
});
const send = directSend({
  store: sessionStore,
  forward: transport.send,
  notify: (message) => void browser.runtime.sendMessage(message).catch((err: unknown) => console.warn('dvc-guide checklist:', err)),
});
const client = createChecklistClient(send, transport.subscribe);
// The guides in use come from the background (bundled, or newer from the town's catalog).
const guides = await requestGuides((message) => browser.runtime.sendMessage(message)).catch((err: unknown) => {
  console.warn('dvc-guide guides:', err);
  finder.failLoad();
  return [];
});
if (guides.length > 0) finder.setGuides(guides);
let guidesInUse = guides;
const model = createWorkspaceModel({ client, guides: () => guidesInUse });
const newSession = signal(createNewSessionModel(guides));
// A new town catalog while the panel is open: the finder, new sessions and the session view follow it.
followGuides({
  send: (message) => browser.runtime.sendMessage(message),
  listen: (listener) => {
    const onMessage = (message: unknown): undefined => void listener(message);
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  onGuides: (next) => {
    guidesInUse = next;
    finder.setGuides(next);
    newSession.value = createNewSessionModel(next);
  },
  onError: (err: unknown) => console.warn('dvc-guide guides:', err),
});
const report = createReportModel({ client });
const backup = createBackupModel({ client });

// The run of the tab beside the panel, and every change the overlay stores for it.
storage.subscribe((key, value) => {
  const tabId = tabOfRunKey(key);
  if (tabId !== null) tabRun.onStored(tabId, isRunRecord(value) ? value : null);
});
const windowId = (await browser.windows.getCurrent().catch(() => undefined))?.id;
const follow = async (): Promise<void> => {
  const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId });
  await tabRun.setTab(tab?.id ?? null);
};
void follow();
browser.tabs.onActivated.addListener((info) => {
  if (windowId === undefined || info.windowId === windowId) void tabRun.setTab(info.tabId);
});

// The town's own help (set in the options), shown with each guide's help and in Hỏi đáp.
const townArea = { get: async (key: string) => (await browser.storage.local.get(key))[key] };
const town = signal<TownProfile | null>(null);
const readTown = (): void => void loadStoredTown(townArea).then((s) => (town.value = s?.town ?? null));
readTown();
browser.storage.onChanged.addListener((changes) => {
  if (changes[TOWN_KEY]) readTown();
});

// Sessions are read only once a helper turns helper mode on.
let workspaceLoaded = false;
effect(() => {
  if (mode.helper.value && !workspaceLoaded) {
    workspaceLoaded = true;
    void model.load();
  }
});

const onDownload = (fileName: string, text: string): void => downloadText(document, fileName, text, fileName.endsWith('.csv') ? CSV_MIME : JSON_MIME);
const onOpenOptions = (): void => void browser.runtime.openOptionsPage();
// Author mode ("Soạn hướng dẫn"): helper mode only, off until a helper switches it on.
const author = createAuthorModelFor(browser as unknown as ExtensionApi, windowId, (name, text, mime) => downloadText(document, name, text, mime));
effect(() => {
  if (mode.helper.value) void author.load();
});

// Practice mode (options): sessions started while it is on are marked and left out of the report.
const practice = signal(false);
const readPractice = async (): Promise<void> => {
  const d = await storage.get(PRACTICE_DOMAIN_KEY);
  practice.value = typeof d === 'string' && d !== '';
};
void readPractice();
storage.subscribe((key) => {
  if (key === PRACTICE_DOMAIN_KEY) void readPractice();
});

// The print code and the QR library load only when a helper prints a leaflet.
const onLeaflet: LeafletPrint = async (guide, format, checked) => {
  const [{ printLeaflet }, townUrlTemplate] = await Promise.all([import('../../components/leaflet/print-leaflet'), loadLeafletUrl(storage)]);
  await printLeaflet(document, { guide, lang: lang.value, format, townUrlTemplate, base: document.baseURI, town: town.value, ...(checked ? { checked } : {}) });
};

function App(): JSX.Element {
  document.documentElement.lang = lang.value;
  return (
    <SidePanelApp
      mode={mode}
      lang={lang.value}
      onOpenOptions={onOpenOptions}
      resident={() => <ResidentPanel finder={finder} running={tabRun.running.value} lang={lang.value} />}
      helper={() => (
        <>
          <WorkspaceApp
            model={model}
            newSession={newSession.value}
            report={report}
            backup={backup}
            lang={lang.value}
            onDownload={onDownload}
            onOpenOptions={onOpenOptions}
            qa={{ guides, town: town.value }}
            town={town.value}
            onLeaflet={onLeaflet}
            practice={practice.value}
          />
          <AuthorPanel model={author} lang={lang.value} />
        </>
      )}
    />
  );
}

render(<App />, document.getElementById('app')!);
void mode.load();
