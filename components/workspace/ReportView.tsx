/**
 * The counts the town asks for, per day or per month: a table (the truth, read by screen readers), a
 * bar chart of the same numbers, the per-procedure breakdown, and CSV files for the town's spreadsheet.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { COUNT_KEYS, type ReportCounts, type ReportRow } from '../../lib/checklist/report';
import { formatDate } from '../../lib/i18n/format';
import { t, type Lang, type MessageKey } from '../../lib/i18n/workspace-messages';
import type { ReportModel } from '../../lib/workspace/report-model';
import { BarChart } from './BarChart';
import { DayField } from './DayField';
import { ErrorBox } from './ErrorBox';

export interface ReportViewProps {
  model: ReportModel;
  lang: Lang;
  /** Saves a file on this computer. */
  onDownload: (fileName: string, text: string) => void;
}

export const COUNT_LABELS: Record<keyof ReportCounts, MessageKey> = {
  sessions: 'ws.count.sessions',
  submitted: 'ws.count.submitted',
  submittedOnline: 'ws.count.submittedOnline',
  paidOnline: 'ws.count.paidOnline',
  resultByPost: 'ws.count.resultByPost',
  overdue: 'ws.count.overdue',
};

function periodLabel(period: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return formatDate(period, lang);
  const [y, m] = period.split('-');
  return lang === 'vi' ? `${m}/${y}` : `${y}-${m}`;
}

function CountsTable({ caption, rows, total, first, lang }: { caption: string; rows: ReadonlyArray<ReportCounts & { label: string }>; total?: ReportCounts; first: string; lang: Lang }): JSX.Element {
  return (
    <div class="dvc-table-wrap">
      <table class="dvc-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {COUNT_KEYS.map((k) => (
              <th key={k} scope="col" class="dvc-num">
                {t(lang, COUNT_LABELS[k])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {COUNT_KEYS.map((k) => (
                <td key={k} class="dvc-num">
                  {row[k]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total && (
          <tfoot>
            <tr>
              <th scope="row">{t(lang, 'report.total')}</th>
              {COUNT_KEYS.map((k) => (
                <td key={k} class="dvc-num">
                  <strong>{total[k]}</strong>
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}

export function ReportView({ model, lang, onDownload }: ReportViewProps): JSX.Element {
  const uid = useId();
  const report = model.report.value;
  const [checked, setChecked] = useState(false);
  /** Range ends whose text is not a day (the model keeps the last good one). */
  const notDay = useRef(new Set<'from' | 'to'>());
  useEffect(() => {
    if (!model.report.value) void model.load();
  }, [model]);

  const rows = (report?.rows ?? []).map((r: ReportRow) => ({ ...r, label: periodLabel(r.period, lang) }));
  const procedures = (report?.total.perProcedure ?? []).map((p) => ({ ...p, label: `${p.title} (${p.key})` }));

  const downloadSessions = async (): Promise<void> => {
    const file = await model.sessionsCsv(lang);
    if (file) onDownload(file.fileName, file.text);
  };

  return (
    <section aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{t(lang, 'report.heading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setChecked(true);
          // A range end that is not a day yet: say so there rather than show the last good range.
          const wrong = (['from', 'to'] as const).find((k) => notDay.current.has(k));
          if (wrong) document.getElementById(`${uid}-${wrong}`)?.focus();
          else void model.load();
        }}
      >
        <fieldset class="dvc-field">
          <legend>{t(lang, 'ws.reportPeriod')}</legend>
          {(['day', 'month'] as const).map((p) => (
            <label key={p} class="dvc-choice dvc-choice--inline">
              <input
                type="radio"
                name={`${uid}-period`}
                checked={model.period.value === p}
                onChange={() => {
                  model.setPeriod(p);
                  void model.load();
                }}
              />
              <span>{t(lang, p === 'day' ? 'ws.byDay' : 'ws.byMonth')}</span>
            </label>
          ))}
        </fieldset>
        <div class="dvc-ws__bar">
          {(['from', 'to'] as const).map((k) => (
            <DayField
              key={k}
              id={`${uid}-${k}`}
              label={t(lang, k === 'from' ? 'report.from' : 'report.to')}
              lang={lang}
              value={(k === 'from' ? model.from : model.to).value}
              checked={checked}
              onDay={(d) => {
                if (d === null) return void notDay.current.add(k);
                notDay.current.delete(k);
                if (k === 'from') model.setFrom(d);
                else model.setTo(d);
              }}
            />
          ))}
        </div>
        <button type="submit" class="dvc-btn">
          {t(lang, 'ws.showReport')}
        </button>
      </form>
      {model.error.value && <ErrorBox error={model.error.value} lang={lang} />}
      <div aria-live="polite" aria-busy={model.loading.value}>
        {report && (
          <>
            <CountsTable caption={t(lang, 'ws.reportTable')} rows={rows} total={report.total} first={t(lang, 'ws.period')} lang={lang} />
            <BarChart
              series={[{ label: t(lang, 'ws.count.sessions') }, { label: t(lang, 'ws.count.submitted') }, { label: t(lang, 'ws.count.overdue') }]}
              rows={rows.map((r) => ({ label: r.label, values: [r.sessions, r.submitted, r.overdue] }))}
            />
            {procedures.length > 0 ? (
              <CountsTable caption={t(lang, 'ws.perProcedure')} rows={procedures} first={t(lang, 'session.guide')} lang={lang} />
            ) : (
              <p class="dvc-muted">{t(lang, 'ws.reportEmpty')}</p>
            )}
          </>
        )}
      </div>
      <h3>{t(lang, 'ws.csvHeading')}</h3>
      <div class="dvc-field">
        <label for={`${uid}-sep`}>{t(lang, 'ws.csvSeparator')}</label>
        <span id={`${uid}-sephint`} class="dvc-field__hint">
          {t(lang, 'ws.csvSeparatorHint')}
        </span>
        <select
          id={`${uid}-sep`}
          class="dvc-input dvc-input--short"
          aria-describedby={`${uid}-sephint`}
          value={model.delimiter.value}
          onChange={(e) => model.setDelimiter(e.currentTarget.value === ';' ? ';' : ',')}
        >
          <option value=",">{t(lang, 'ws.csvComma')}</option>
          <option value=";">{t(lang, 'ws.csvSemicolon')}</option>
        </select>
      </div>
      <div class="dvc-ws__bar">
        <button
          type="button"
          class="dvc-btn dvc-btn--primary"
          disabled={!report}
          onClick={() => {
            const file = model.reportCsv(lang);
            if (file) onDownload(file.fileName, file.text);
          }}
        >
          {t(lang, 'report.csv')}
        </button>
        <button type="button" class="dvc-btn" onClick={() => void downloadSessions()}>
          {t(lang, 'ws.sessionsCsv')}
        </button>
      </div>
    </section>
  );
}
