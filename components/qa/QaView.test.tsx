// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { signal } from '@preact/signals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../lib/guide/schema';
import { QaView } from './QaView';

const vneid = JSON.parse(readFileSync(path.join(process.cwd(), 'guides/dang-nhap-vneid.json'), 'utf8')) as Guide;
const firstQuestion = vneid.situations?.[0]?.question ?? '';

describe('QaView', () => {
  it('in English mode reads each Vietnamese question as Vietnamese (lang="vi"); in Vietnamese mode adds nothing', () => {
    const { unmount } = render(<QaView guides={[vneid]} lang="en" query={signal('')} onQuery={() => undefined} onOpen={() => undefined} />);
    expect(screen.getByRole('heading', { name: firstQuestion }).getAttribute('lang')).toBe('vi');
    unmount();
    render(<QaView guides={[vneid]} lang="vi" query={signal('')} onQuery={() => undefined} onOpen={() => undefined} />);
    expect(screen.getByRole('heading', { name: firstQuestion }).getAttribute('lang')).toBeNull();
  });
});
