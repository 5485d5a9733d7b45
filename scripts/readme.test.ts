import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTAL_HOSTS } from '../lib/engine/hosts';

const README = readFileSync('README.md', 'utf8');

describe('README for a newcomer', () => {
  it('names the address npm start prints (127.0.0.1, not localhost)', () => {
    expect(README).not.toMatch(/localhost:8790/);
    expect(README).toContain('http://127.0.0.1:8790/');
  });

  it('gives the whole browser command: every portal host mapped, nothing elided', () => {
    const command = README.slice(README.indexOf('--host-resolver-rules='));
    const rules = command.slice(0, command.indexOf('\n'));
    expect(rules).not.toContain('…');
    for (const host of PORTAL_HOSTS) expect(rules).toContain(`MAP ${host} 127.0.0.1:8790`);
  });

  it("the browser command accepts the demo's throwaway https certificate (the extension opens https start pages)", () => {
    const command = README.slice(README.indexOf('chromium --user-data-dir'));
    expect(command.slice(0, command.indexOf('```'))).toContain('--ignore-certificate-errors');
  });
});
