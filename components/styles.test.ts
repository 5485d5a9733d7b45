import { describe, expect, it } from 'vitest';
import { baseStyles } from './styles';

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function vars(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/--_(\w+):(?:var\(--dvc-[\w-]+,)?(#[0-9a-f]{6})/g)) out[m[1] as string] = m[2] as string;
  return out;
}

describe('baseStyles', () => {
  it('has the theming hooks, dark mode, reduced motion, print, large text and focus outlines', () => {
    for (const needle of ['--dvc-accent', '--dvc-font', '--dvc-radius', '--dvc-bg', '--dvc-fg', '.dvc--large', ':focus-visible', 'prefers-reduced-motion', 'prefers-color-scheme:dark', '@media print', 'box-sizing:border-box']) {
      expect(baseStyles).toContain(needle);
    }
  });

  it('default colours meet WCAG AA 4.5:1 for text in light and dark mode', () => {
    const light = vars(baseStyles.slice(0, baseStyles.indexOf('display:block')));
    const darkStart = baseStyles.indexOf('prefers-color-scheme:dark');
    const dark = vars(baseStyles.slice(darkStart, baseStyles.indexOf('}}', darkStart)));
    for (const theme of [light, dark]) {
      const { bg, fg, ac, on, mu, tip } = theme as Record<string, string>;
      expect(contrast(fg as string, bg as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ac as string, bg as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(on as string, ac as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(mu as string, bg as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(fg as string, tip as string)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ac as string, tip as string)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
