/**
 * Options: the town help profile, from an address on the town's website or from a file. A broken profile is
 * listed problem by problem (file, field, what to write) and not used; the guides keep working.
 */
import { useEffect, useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { Field } from '../Field';
import { t, type Lang } from '../../lib/i18n/workspace-messages';
import type { TownSettingsModel } from '../../lib/workspace/town-settings-model';

export interface TownSettingsProps {
  model: TownSettingsModel;
  lang: Lang;
}

export function TownSettings({ model, lang }: TownSettingsProps): JSX.Element {
  const uid = useId();
  useEffect(() => {
    void model.load();
  }, [model]);
  const stored = model.stored.value;
  const problems = model.problems.value;
  const notice = model.notice.value;
  const busy = model.busy.value;

  return (
    <section aria-labelledby={`${uid}-h`} class="dvc-town-settings">
      <h2 id={`${uid}-h`}>{t(lang, 'town.settingsHeading')}</h2>
      <p>{t(lang, 'town.settingsIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Inside the gesture: the model asks for the site's permission before awaiting anything.
          void model.saveFromUrl();
        }}
        noValidate
      >
        <Field label={t(lang, 'town.urlLabel')} error={notice?.kind === 'bad-url' && t(lang, 'catalog.badUrl')}>
          {(control) => (
            <input
              {...control}
              class="dvc-input"
              type="url"
              inputMode="url"
              spellcheck={false}
              value={model.urlInput.value}
              onInput={(e) => model.setUrlInput(e.currentTarget.value)}
            />
          )}
        </Field>
        <div class="dvc-ws__bar">
          <button type="submit" class="dvc-btn dvc-btn--primary" disabled={busy}>
            {t(lang, 'town.save')}
          </button>
          {stored && (
            <button type="button" class="dvc-btn" disabled={busy} onClick={() => void model.remove()}>
              {t(lang, 'town.remove')}
            </button>
          )}
        </div>
      </form>
      <div class="dvc-field">
        <label for={`${uid}-file`}>{t(lang, 'town.fileLabel')}</label>
        <input
          id={`${uid}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void file.text().then((text) => model.saveFromFile(file.name, text));
          }}
        />
      </div>
      <p role="status" aria-live="polite">
        {stored ? t(lang, stored.town.example ? 'town.inUseExample' : 'town.inUse', { name: stored.town.name }) : t(lang, 'town.none')}
      </p>
      {notice?.kind === 'permission' && <p class="dvc-field__error">{t(lang, 'town.permissionRefused', { host: notice.host })}</p>}
      {notice?.kind === 'fetch-failed' && <p class="dvc-field__error">{t(lang, 'town.fetchFailed', { url: notice.url, reason: notice.reason })}</p>}
      {problems.length > 0 && (
        <div role="alert" class="dvc-town-problems">
          <p>{t(lang, 'town.problemsHeading')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}</code>: <code>{p.path}</code>: {lang === 'vi' ? p.vi : p.en}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
