// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { TownNotice, TownSettingsModel } from '../lib/workspace/town-settings-model';
import { Field } from './Field';
import { TownSettings } from './workspace/TownSettings';

/** The texts a screen reader reads after the control's name: its aria-describedby, in order. */
function description(el: HTMLElement): string[] {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing #${id})`);
}

describe('<Field>', () => {
  it('names the control, says the error before the hint, and marks it invalid only while wrong', () => {
    const { getByLabelText, rerender } = render(
      <Field label="Số ngày lưu" hint="Từ 1 đến 365." error="Số ngày phải từ 1 đến 365.">
        {(c) => <input {...c} />}
      </Field>,
    );
    const input = getByLabelText('Số ngày lưu');
    expect(description(input)).toEqual(['Số ngày phải từ 1 đến 365.', 'Từ 1 đến 365.']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    rerender(
      <Field label="Số ngày lưu" hint="Từ 1 đến 365." error={false}>
        {(c) => <input {...c} />}
      </Field>,
    );
    expect(description(getByLabelText('Số ngày lưu'))).toEqual(['Từ 1 đến 365.']);
    expect(getByLabelText('Số ngày lưu').hasAttribute('aria-invalid')).toBe(false);
  });

  it('a live note is part of the description and hidden while empty', () => {
    const { getByLabelText, getByText } = render(
      <Field label="Tên gợi nhớ" note="Trông giống số định danh.">
        {(c) => <input {...c} />}
      </Field>,
    );
    expect(description(getByLabelText('Tên gợi nhớ'))).toEqual(['Trông giống số định danh.']);
    expect(getByText('Trông giống số định danh.').getAttribute('aria-live')).toBe('polite');
  });
});

describe('the town profile address', () => {
  it('a refused address: the reason is read with the field and the field is marked invalid', () => {
    const notice = signal<TownNotice>({ kind: 'bad-url' });
    const model: TownSettingsModel = {
      urlInput: signal('ftp://xa.example'),
      stored: signal(null),
      problems: signal([]),
      notice,
      busy: signal(false),
      load: async () => {},
      setUrlInput: () => {},
      saveFromUrl: async () => {},
      saveFromFile: async () => {},
      remove: async () => {},
    };
    const { getByLabelText } = render(<TownSettings model={model} lang="vi" />);
    const input = getByLabelText('Địa chỉ hồ sơ (tệp town.json trên trang web của xã/phường)');
    expect(description(input)[0]).toMatch(/^Địa chỉ phải bắt đầu bằng https:\/\//);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
