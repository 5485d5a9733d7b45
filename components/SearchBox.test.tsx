// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { SearchBox } from './SearchBox';

describe('SearchBox', () => {
  it('is a search landmark whose field is named by its label and reads its hint; typing reports the query', () => {
    const onQuery = vi.fn();
    render(<SearchBox label="Tìm thủ tục" hint="Gõ không dấu cũng được" value="" onQuery={onQuery} />);
    const field = screen.getByRole('searchbox', { name: 'Tìm thủ tục' });
    expect(screen.getByRole('search').contains(field)).toBe(true);
    const hint = document.getElementById(field.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('Gõ không dấu cũng được');
    fireEvent.input(field, { target: { value: 'khai sinh' } });
    expect(onQuery).toHaveBeenCalledWith('khai sinh');
  });

  it('without a hint describes nothing; Enter does not submit the page away', () => {
    render(<SearchBox label="Tìm" value="thường trú" onQuery={vi.fn()} />);
    const field = screen.getByRole('searchbox', { name: 'Tìm' }) as HTMLInputElement;
    expect(field.hasAttribute('aria-describedby')).toBe(false);
    expect(field.value).toBe('thường trú');
    const submit = new Event('submit', { cancelable: true });
    screen.getByRole('search').dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });

  it('with autoFocus has focus as soon as it is drawn (no act(): before any after-paint effect)', () => {
    const host = document.createElement('div');
    document.body.append(host);
    preactRender(<SearchBox label="Tìm" value="" onQuery={vi.fn()} autoFocus />, host);
    expect(document.activeElement?.getAttribute('type')).toBe('search');
    preactRender(null, host);
    host.remove();
  });
});
