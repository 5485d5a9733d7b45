// @vitest-environment happy-dom
import { fireEvent, render, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createReportModel } from '../../lib/workspace/report-model';
import { createHarness } from '../../lib/workspace/test-harness';
import { ReportView } from './ReportView';

const TODAY = '2025-08-20';

function setup() {
  const model = createReportModel({ client: createHarness().client(), today: () => TODAY });
  const load = vi.spyOn(model, 'load');
  const view = render(<ReportView model={model} lang="vi" onDownload={() => {}} />);
  return { model, load, ...view };
}

describe('report range', () => {
  it('the range is typed and shown day/month/year, as the table shows dates, whatever the browser locale', async () => {
    const { model, getByLabelText } = setup();
    const from = getByLabelText('Từ ngày') as HTMLInputElement;
    expect(from.value).toBe('14/08/2025');
    expect((getByLabelText('Đến ngày') as HTMLInputElement).value).toBe('20/08/2025');
    fireEvent.input(from, { target: { value: '03/07/2025' } });
    expect(model.from.value).toBe('2025-07-03');
  });

  it('a day that does not exist is named, kept as typed, and no report of the old range is shown instead', async () => {
    const { model, load, getByLabelText, getByRole, findByText } = setup();
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    const to = getByLabelText('Đến ngày') as HTMLInputElement;
    fireEvent.input(to, { target: { value: '31/02/2025' } });
    fireEvent.click(getByRole('button', { name: 'Xem báo cáo' }));
    await findByText(/^Chưa đúng ngày/);
    expect(to.value).toBe('31/02/2025');
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(to);
    expect(load).toHaveBeenCalledTimes(1);
    expect(model.to.value).toBe(TODAY);
  });
});
