// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { newDraft } from '../../lib/author/draft';
import { startBackground } from './start';
import { resetFakeBrowser } from './test-browser';

const portalSender = { id: fakeBrowser.runtime.id, url: 'https://dichvucong.gov.vn/nop-ho-so/123456?formalityCaseId=9', origin: 'https://dichvucong.gov.vn', tab: { id: 7 } };

async function ask(message: unknown, sender: object): Promise<unknown> {
  const answers = await (fakeBrowser.runtime.onMessage as unknown as { trigger(m: unknown, s: unknown): Promise<unknown[]> }).trigger(message, sender);
  return answers.find((a) => a !== undefined);
}

describe('author messages in the background', () => {
  beforeEach(resetFakeBrowser);

  it('keeps drafts and the failure log for extension pages; a portal tab only reports its running guide', async () => {
    startBackground();
    const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
    expect(await ask({ type: 'author:draft:save', draft: newDraft({ title: 'Nháp thử' }, 1) }, page)).toMatchObject({ ok: true });
    expect(await ask({ type: 'author:drafts:list' }, portalSender)).toMatchObject({ ok: false });
    expect(await ask({ type: 'author:drafts:list' }, page)).toMatchObject({ ok: true, data: [{ id: 'nhap-thu' }] });

    const report = { guideId: 'tra-cuu-ho-so', guideVersion: 2, stepId: 'nhap-ma', kind: 'help-opened' };
    // No guide runs in tab 7 yet: refused.
    expect(await ask({ type: 'author:failure:append', report }, portalSender)).toMatchObject({ ok: false });
    const record = { guideId: 'tra-cuu-ho-so', guideVersion: 2, stepIndex: 0, completed: [], updatedAt: 1 };
    await ask({ type: 'overlay:save', record }, portalSender);
    expect(await ask({ type: 'author:failure:append', report }, portalSender)).toMatchObject({ ok: true, data: { page: 'dichvucong.gov.vn/nop-ho-so/*', count: 1 } });
    expect(await ask({ type: 'author:failures:list' }, page)).toMatchObject({ ok: true, data: [{ stepId: 'nhap-ma' }] });
  });
});
