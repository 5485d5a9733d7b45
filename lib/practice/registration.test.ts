import { describe, expect, it } from 'vitest';
import { PRACTICE_SCRIPT_ID, syncPracticeScript, type ScriptingPort } from './registration';

function fakeScripting(): ScriptingPort & { registered: Map<string, string[]> } {
  const registered = new Map<string, string[]>();
  return {
    registered,
    getRegisteredContentScripts: async ({ ids }) => ids.filter((id) => registered.has(id)).map((id) => ({ id })),
    registerContentScripts: async (scripts) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s.matches);
      }
    },
    unregisterContentScripts: async ({ ids }) => void ids.forEach((id) => registered.delete(id)),
  };
}

describe('practice content script registration', () => {
  it('registers the overlay on every practice host once the permission is granted, and replaces it on a new domain', async () => {
    const scripting = fakeScripting();
    const ports = { scripting, hasPermission: async () => true, scriptFile: 'content-scripts/portal.js' };
    expect(await syncPracticeScript(ports, 'luyentap.phuong-mau.vn')).toBe('https://*.luyentap.phuong-mau.vn/*');
    expect(await syncPracticeScript(ports, 'luyentap.xa-khac.vn')).toBe('https://*.luyentap.xa-khac.vn/*');
    expect([...scripting.registered]).toEqual([[PRACTICE_SCRIPT_ID, ['https://*.luyentap.xa-khac.vn/*']]]);
  });

  it('registers nothing without the permission, for a bad domain, or when practice mode is turned off', async () => {
    const scripting = fakeScripting();
    expect(await syncPracticeScript({ scripting, hasPermission: async () => false, scriptFile: 'x.js' }, 'luyentap.phuong-mau.vn')).toBeNull();
    const granted = { scripting, hasPermission: async () => true, scriptFile: 'x.js' };
    expect(await syncPracticeScript(granted, 'dichvucong.gov.vn')).toBeNull();
    await syncPracticeScript(granted, 'luyentap.phuong-mau.vn');
    expect(await syncPracticeScript(granted, '')).toBeNull();
    expect(scripting.registered.size).toBe(0);
  });
});
