import { describe, expect, it } from 'vitest';
import { pruneMessageTables } from './prune-messages';

const bundle = (use: string): string => `const vi = {
  // Guide
  "guide.start": "Bắt đầu",
  "guide.close": "Đóng, \\"ngay\\"",
  "time.day.one": "{n} ngày",
  "step.kind.form": "Điền đơn",
  "help.title": 'Trợ giúp'
};
const en = { "guide.start": "Start", "guide.close": "Close", "time.day.one": "{n} day", "step.kind.form": "Form", "help.title": "Help" };
${use}`;

describe('pruneMessageTables', () => {
  it('keeps the keys the rest of the bundle names, in both languages, and drops the others', () => {
    const { code, dropped } = pruneMessageTables(bundle(`t(lang, "guide.start"); const u = { day: 'time.day' }; t(lang, \`step.\${k}\`);`), 'guide.start');
    expect(dropped.sort()).toEqual(['guide.close', 'guide.close', 'help.title', 'help.title']);
    // What is left is still the same JavaScript (both tables, the kept entries whole).
    const run = new Function(`const t = () => 0, k = 0, lang = 0; ${code}; return { vi, en };`) as () => { vi: Record<string, string>; en: Record<string, string> };
    expect(run().vi).toEqual({ 'guide.start': 'Bắt đầu', 'time.day.one': '{n} ngày', 'step.kind.form': 'Điền đơn' });
    expect(Object.keys(run().en)).toEqual(['guide.start', 'time.day.one', 'step.kind.form']);
  });

  it('leaves a bundle without the table as it was', () => {
    const code = 'const x = { "a.b": "c" }; f("a.b");';
    expect(pruneMessageTables(code, 'guide.start')).toEqual({ code, dropped: [] });
  });
});
