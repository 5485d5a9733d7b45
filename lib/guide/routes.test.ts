import { describe, expect, it } from 'vitest';
import { allSteps, choiceWithStep, forksOf, knownChoice, numberedSteps, otherRoutesAt, routeOfStep, walkedSteps } from './routes';
import type { Guide } from './schema';

const s = (id: string) => ({ id, title: id });

const guide: Pick<Guide, 'steps' | 'routes'> = {
  steps: [s('chuan-bi'), s('nop-truc-tuyen'), s('nhan-ket-qua'), s('theo-doi')],
  routes: [
    { id: 'mot-trang', title: 'Biểu mẫu một trang', after: 'nop-truc-tuyen', rejoin: 'nhan-ket-qua', steps: [s('dien-mau'), s('luu-va-nop')] },
    { id: 'wizard', title: 'Wizard', after: 'nop-truc-tuyen', rejoin: 'nhan-ket-qua', steps: [s('chu-ho-so'), s('to-khai'), s('gui-ho-so')] },
  ],
};
const ids = (steps: readonly { id: string }[]): string[] => steps.map((x) => x.id);

describe('routes', () => {
  it('finds one fork after its main step, with both routes', () => {
    const forks = forksOf(guide);
    expect(forks).toHaveLength(1);
    expect(forks[0]?.after).toBe('nop-truc-tuyen');
    expect(forks[0]?.rejoin).toBe('nhan-ket-qua');
    expect(forks[0]?.routes.map((r) => r.id)).toEqual(['mot-trang', 'wizard']);
  });

  it('walks the first route until a route is chosen', () => {
    expect(ids(walkedSteps(guide))).toEqual(['chuan-bi', 'nop-truc-tuyen', 'dien-mau', 'luu-va-nop', 'nhan-ket-qua', 'theo-doi']);
  });

  it('walks the chosen route, and the first one for an unknown choice', () => {
    expect(ids(walkedSteps(guide, { 'nop-truc-tuyen': 'wizard' }))).toEqual([
      'chuan-bi', 'nop-truc-tuyen', 'chu-ho-so', 'to-khai', 'gui-ho-so', 'nhan-ket-qua', 'theo-doi',
    ]);
    expect(ids(walkedSteps(guide, { 'nop-truc-tuyen': 'khong-co' }))).toContain('dien-mau');
  });

  it('offers the other routes of a fork on the first step of a route, and nowhere else', () => {
    expect(otherRoutesAt(guide, 'dien-mau').map((r) => r.id)).toEqual(['wizard']);
    expect(otherRoutesAt(guide, 'chu-ho-so').map((r) => r.id)).toEqual(['mot-trang']);
    // Inside a route, on a main step, or an unknown id: the choice was made earlier or is not here.
    expect(otherRoutesAt(guide, 'luu-va-nop')).toEqual([]);
    expect(otherRoutesAt(guide, 'nop-truc-tuyen')).toEqual([]);
    expect(otherRoutesAt(guide, 'khong-co')).toEqual([]);
  });

  it('lists every step of every route after the fork, for search and checks', () => {
    expect(ids(allSteps(guide))).toEqual([
      'chuan-bi', 'nop-truc-tuyen', 'dien-mau', 'luu-va-nop', 'chu-ho-so', 'to-khai', 'gui-ho-so', 'nhan-ket-qua', 'theo-doi',
    ]);
  });

  it('a guide without routes walks its main steps', () => {
    expect(ids(walkedSteps({ steps: guide.steps }))).toEqual(ids(guide.steps));
    expect(forksOf({ steps: guide.steps })).toEqual([]);
  });

  it('leaves out main steps between a fork and its rejoin', () => {
    const g = { ...guide, steps: [s('chuan-bi'), s('nop-truc-tuyen'), s('bo-quen'), s('nhan-ket-qua')] };
    expect(ids(walkedSteps(g))).not.toContain('bo-quen');
  });

  it('tells which route a step is on and takes that route', () => {
    expect(routeOfStep(guide, 'to-khai')?.route.id).toBe('wizard');
    expect(routeOfStep(guide, 'chuan-bi')).toBeUndefined();
    expect(choiceWithStep(guide, {}, 'gui-ho-so')).toEqual({ 'nop-truc-tuyen': 'wizard' });
    const same = { 'nop-truc-tuyen': 'wizard' };
    expect(choiceWithStep(guide, same, 'chuan-bi')).toBe(same);
  });

  it('drops saved choices for forks or routes the guide no longer has', () => {
    expect(knownChoice(guide, { 'nop-truc-tuyen': 'cu', khac: 'x' })).toEqual({});
    expect(knownChoice(guide, { 'nop-truc-tuyen': 'wizard' })).toEqual({ 'nop-truc-tuyen': 'wizard' });
  });
});

describe('numberedSteps', () => {
  it('numbers each route from the fork and the rejoin after the chosen route', () => {
    const list = numberedSteps(guide, { 'nop-truc-tuyen': 'wizard' });
    expect(list.map((n) => `${n.number}:${n.step.id}${n.routeStart ? `:${n.routeStart}` : ''}${n.otherRoute ? ':other' : ''}`)).toEqual([
      '1:chuan-bi', '2:nop-truc-tuyen', '3:dien-mau:first:other', '4:luu-va-nop:other', '3:chu-ho-so:or', '4:to-khai', '5:gui-ho-so',
      '6:nhan-ket-qua', '7:theo-doi',
    ]);
  });
});
