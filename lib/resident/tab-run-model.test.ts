import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { bundledGuides } from '../guide/bundled';
import { walkedSteps } from '../guide/routes';
import type { RunRecord } from '../overlay/progress-port';
import { createTabRunModel } from './tab-run-model';

const guide = bundledGuides.find((g) => g.id === 'dang-ky-khai-sinh')!;
// Before the page tells which route applies, the first route of each fork (as the card counts).
const walked = walkedSteps(guide);
const run = (stepIndex: number, completed: string[] = []): RunRecord => ({ guideId: guide.id, guideVersion: guide.version, stepIndex, completed, updatedAt: 1 });

describe('createTabRunModel', () => {
  it("shows the guide running in the tab beside the panel and follows that tab's stored changes only", async () => {
    const stored = new Map<number, RunRecord>([[4, run(0)]]);
    const model = createTabRunModel({ guides: signal(bundledGuides), readRun: async (id) => stored.get(id) ?? null });
    await model.setTab(4);
    expect(model.running.value).toMatchObject({ n: 1, m: walked.length, current: { id: walked[0]!.id } });

    model.onStored(4, run(1, [walked[0]!.id]));
    expect(model.running.value).toMatchObject({ n: 2, current: { id: walked[1]!.id } });
    expect([...model.running.value!.completed]).toEqual([walked[0]!.id]);

    model.onStored(9, run(5));
    expect(model.running.value?.n).toBe(2);

    model.onStored(4, null);
    expect(model.running.value).toBeNull();
  });

  it('shows nothing for a tab without a run, or a run of a guide no longer in use', async () => {
    const model = createTabRunModel({ guides: signal(bundledGuides), readRun: async () => ({ ...run(0), guideId: 'da-xoa' }) });
    await model.setTab(1);
    expect(model.running.value).toBeNull();
    await model.setTab(null);
    expect(model.running.value).toBeNull();
  });

  it('keeps a step index past the end on the last step', async () => {
    const model = createTabRunModel({ guides: signal(bundledGuides), readRun: async () => run(999) });
    await model.setTab(2);
    expect(model.running.value?.n).toBe(walked.length);
  });
});

describe('createTabRunModel with routes', () => {
  it('counts and lists the route the page showed, as the card does', async () => {
    const vneid = bundledGuides.find((g) => g.id === 'dang-nhap-vneid')!;
    const [first, second] = vneid.routes!;
    const record = (routes?: Record<string, string>): RunRecord => ({ guideId: vneid.id, guideVersion: vneid.version, stepIndex: 1, completed: [], updatedAt: 1, ...(routes ? { routes } : {}) });
    const model = createTabRunModel({ guides: signal(bundledGuides), readRun: async () => record() });
    await model.setTab(1);
    const ids = (): string[] => model.running.value!.steps.map((s) => s.id);
    // Before the page tells, the first route of the fork.
    expect(ids()).toContain(first!.steps[0]!.id);
    expect(ids()).not.toContain(second!.steps[0]!.id);
    model.onStored(1, record({ [second!.after]: second!.id }));
    expect(ids()).toContain(second!.steps[0]!.id);
    expect(ids()).not.toContain(first!.steps[0]!.id);
    expect(model.running.value!.m).toBe(ids().length);
  });
});
