// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '../lib/guide/schema';
import { ProcedureFacts } from './ProcedureFacts';
import { TEST_GUIDE } from './test-fixtures';

const procedure = TEST_GUIDE.procedure as Procedure;

describe('ProcedureFacts', () => {
  it('shows level, agency, and fee and time per channel', () => {
    render(<ProcedureFacts procedure={procedure} lang="vi" reviewedAt="2026-07-18" />);
    expect(screen.getByText('Toàn trình (làm hết trên mạng)')).toBeTruthy();
    expect(screen.getByText('Ủy ban nhân dân cấp xã')).toBeTruthy();
    const row = (name: string): string => screen.getByRole('rowheader', { name }).closest('tr')?.textContent ?? '';
    expect(row('Trực tuyến')).toBe('Trực tuyếnMiễn phí1 ngày làm việc');
    expect(row('Trực tiếp')).toBe('Trực tiếp8.000 đồng3 ngày làm việc');
    expect(row('Bưu chính')).toBe('Bưu chínhTheo Nghị quyết của HĐND tỉnhTùy nơi gửi');
    expect(screen.getByRole('link', { name: 'Mở trên Cổng Dịch vụ công' }).getAttribute('href')).toBe(
      'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/019d2bfd-3fe0-70ac-b9d6-5e9e20d6eef7',
    );
    expect(screen.getByText('Cập nhật ngày 18/07/2026')).toBeTruthy();
  });

  it('lists channels in the order online, postal, in person and skips missing ones', () => {
    const only: Procedure = { ...procedure, level: 'mot-phan', channels: { inPerson: procedure.channels.inPerson } };
    render(<ProcedureFacts procedure={only} lang="en" />);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['In person']);
    expect(screen.getByText('Partly online (some steps in person)')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'In person' }).closest('tr')?.textContent).toContain('8,000 VND');
  });

  it('in English mode marks the record’s Vietnamese words lang="vi", and only those', () => {
    render(<ProcedureFacts procedure={procedure} lang="en" />);
    expect(screen.getByText('Ủy ban nhân dân cấp xã').getAttribute('lang')).toBe('vi');
    expect(screen.getByText('Theo Nghị quyết của HĐND tỉnh').getAttribute('lang')).toBe('vi');
    expect(screen.getByText('Tùy nơi gửi').getAttribute('lang')).toBe('vi');
    const online = screen.getByRole('rowheader', { name: 'Online' }).closest('tr');
    expect([...(online?.querySelectorAll('[lang]') ?? [])]).toEqual([]);
  });
});
