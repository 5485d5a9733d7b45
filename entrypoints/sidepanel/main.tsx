/** The helper workspace page (Chrome side panel, Firefox sidebar): wires the models to the background. */
import { signal } from '@preact/signals';
import { render, type JSX } from 'preact';
import { browser } from 'wxt/browser';
import { baseStyles } from '../../components/styles';
import { WorkspaceApp } from '../../components/workspace/WorkspaceApp';
import { workspaceStyles } from '../../components/workspace/workspace-styles';
import type { Lang } from '../../lib/i18n/workspace-messages';
import { createBackupModel } from '../../lib/workspace/backup-model';
import { createChecklistClient } from '../../lib/workspace/client';
import { CSV_MIME, JSON_MIME, downloadText } from '../../lib/workspace/download';
import { requestGuides } from '../../lib/workspace/guides-source';
import { LANG_KEY, loadLang } from '../../lib/workspace/lang-pref';
import { createNewSessionModel } from '../../lib/workspace/new-session-model';
import { createReportModel } from '../../lib/workspace/report-model';
import { runtimeTransport, type RuntimeLike } from '../../lib/workspace/runtime-transport';
import { createWorkspaceModel } from '../../lib/workspace/workspace-model';
import { loadStoredTown, TOWN_KEY } from '../../lib/town/town-store';
import type { TownProfile } from '../../lib/town/schema';

const style = document.createElement('style');
style.textContent = baseStyles + workspaceStyles;
document.head.append(style);

const transport = runtimeTransport(browser.runtime as unknown as RuntimeLike);
const client = createChecklistClient(transport.send, transport.subscribe);
// The guides in use come from the background (bundled, or newer from the town's catalog).
const guides = await requestGuides((message) => browser.runtime.sendMessage(message)).catch((err: unknown) => {
  console.warn('dvc-guide guides:', err);
  return [];
});
const model = createWorkspaceModel({ client, guides });
const newSession = createNewSessionModel(guides);
const report = createReportModel({ client });
const backup = createBackupModel({ client });
const lang = signal<Lang>('vi');

const area = { get: async (key: string) => (await browser.storage.local.get(key))[key] };
void loadLang(area).then((l) => (lang.value = l));
const town = signal<TownProfile | null>(null);
const readTown = (): void => void loadStoredTown(area).then((s) => (town.value = s?.town ?? null));
readTown();
browser.storage.onChanged.addListener((changes) => {
  if (changes[LANG_KEY]) void loadLang(area).then((l) => (lang.value = l));
  if (changes[TOWN_KEY]) readTown();
});

const onDownload = (fileName: string, text: string): void => downloadText(document, fileName, text, fileName.endsWith('.csv') ? CSV_MIME : JSON_MIME);

function App(): JSX.Element {
  document.documentElement.lang = lang.value;
  return (
    <WorkspaceApp
      model={model}
      newSession={newSession}
      report={report}
      backup={backup}
      lang={lang.value}
      onDownload={onDownload}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      town={town.value}
    />
  );
}

render(<App />, document.getElementById('app')!);
void model.load();
