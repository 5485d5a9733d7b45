import { describe, expect, it } from 'vitest';
import { labelWarning } from './privacy';

describe('resident label warning', () => {
  it.each(['001099012345', '001 099 012 345', '001.099.012.345', 'Lan 001099012345'])('warns that %s looks like an ID number', (label) => {
    const warning = labelWarning(label);
    expect(warning?.kind).toBe('id-number');
    expect(warning?.message.vi).toContain('căn cước');
    expect(warning?.message.en).toContain('nickname');
  });

  it.each(['0912345678', '0912 345 678', '091.234.5678', '+84 912 345 678', '84912345678', 'tổ 5 0912 345 678', '0243 826 1234'])(
    'warns that %s looks like a phone number',
    (label) => {
      expect(labelWarning(label)?.kind).toBe('phone');
    },
  );

  it.each(['Bà Lan tổ 5', 'Nhà số 12, ngõ 45', 'Ông Tư 1950', 'Chị Hạnh 2 con', ''])('accepts the nickname %s', (label) => {
    expect(labelWarning(label)).toBeNull();
  });
});
