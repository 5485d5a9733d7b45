import { describe, expect, it } from 'vitest';
import { mayAsk, senderKind, type SenderLike } from './who-may-ask';

const self = { id: 'abcdefghijklmnop', base: 'chrome-extension://abcdefghijklmnop/' };
const sidePanel: SenderLike = { id: self.id, url: 'chrome-extension://abcdefghijklmnop/sidepanel.html', origin: 'chrome-extension://abcdefghijklmnop' };
const optionsInTab: SenderLike = { ...sidePanel, url: 'chrome-extension://abcdefghijklmnop/options.html', tab: { id: 4 } };
/** What a compromised portal renderer can send: our content script's identity, its tab, the portal's address. */
const portalScript: SenderLike = { id: self.id, url: 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', origin: 'https://dichvucong.gov.vn', tab: { id: 7 } };
const otherExtension: SenderLike = { id: 'zzzz', url: 'chrome-extension://zzzz/page.html', tab: { id: 9 } };

describe('who may ask the background', () => {
  it('recognises the extension pages by the address the browser stamps on them, even in a tab', () => {
    expect(senderKind(sidePanel, self)).toBe('extension-page');
    expect(senderKind(optionsInTab, self)).toBe('extension-page');
    expect(senderKind(portalScript, self)).toBe('portal-tab');
    expect(senderKind(otherExtension, self)).toBe('unknown');
    // A portal page claiming an extension address in one field is caught by the other.
    expect(senderKind({ ...portalScript, url: sidePanel.url }, self)).toBe('portal-tab');
  });

  it('answers a portal tab only its own run and the public guides', () => {
    expect(mayAsk({ type: 'overlay:load' }, portalScript, self)).toBe(true);
    expect(mayAsk({ type: 'overlay:save', record: {} }, portalScript, self)).toBe(true);
    expect(mayAsk({ type: 'guides:get' }, portalScript, self)).toBe(true);
    for (const type of [
      'session:list', 'session:get', 'session:update', 'session:save', 'session:remove', 'session:create',
      'report:get', 'backup:export', 'backup:import', 'settings:get', 'settings:set', 'data:clear', 'data:purge',
      'catalog:get', 'catalog:set-url', 'catalog:refresh', 'workspace:open-session', 'progress:get', 'something:new',
    ]) {
      expect(mayAsk({ type }, portalScript, self), type).toBe(false);
    }
  });

  it('answers the side panel and options everything they use, and another extension nothing', () => {
    for (const type of ['session:list', 'backup:export', 'settings:set', 'catalog:set-url', 'workspace:open-session', 'guides:get', 'data:clear']) {
      expect(mayAsk({ type }, sidePanel, self), type).toBe(true);
      expect(mayAsk({ type }, optionsInTab, self), type).toBe(true);
      expect(mayAsk({ type }, otherExtension, self), type).toBe(false);
    }
    // The overlay protocol is keyed by tab: an extension page has no run of its own to ask for.
    expect(mayAsk({ type: 'overlay:load' }, sidePanel, self)).toBe(false);
    expect(mayAsk('session:list', sidePanel, self)).toBe(false);
  });

  it('lets only a portal tab ask for author mode\'s tools to be injected into itself', () => {
    expect(mayAsk({ type: 'author:tools:inject' }, portalScript, self)).toBe(true);
    expect(mayAsk({ type: 'author:tools:inject' }, sidePanel, self)).toBe(false);
    expect(mayAsk({ type: 'author:tools:inject' }, otherExtension, self)).toBe(false);
  });
});
