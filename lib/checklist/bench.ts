/**
 * Named workloads for scripts/bench.ts (timing lives there, never in unit tests): the operations whose
 * speed a helper notices with a long history — CSV export, the monthly report, search folding, restore
 * planning.
 */
import { planRestore } from './backup';
import { reportToCsv, sessionsToCsv } from './csv';
import { foldVietnamese } from './fold';
import type { Session } from './model';
import { buildReport } from './report';

export interface BenchTask {
  name: string;
  run: () => unknown;
}

export function checklistBenchTasks(sessions: readonly Session[], today: string): BenchTask[] {
  const from = `${today.slice(0, 4)}-01-01`;
  return [
    { name: `sessionsToCsv ×${sessions.length}`, run: () => sessionsToCsv(sessions, 'vi') },
    {
      name: `buildReport(day) + reportToCsv ×${sessions.length}`,
      run: () => reportToCsv(buildReport(sessions, { period: 'day', from, to: today, today }), 'vi'),
    },
    { name: `buildReport(month) ×${sessions.length}`, run: () => buildReport(sessions, { period: 'month', from, to: today, today }) },
    { name: `fold labels ×${sessions.length}`, run: () => sessions.map((s) => foldVietnamese(s.residentLabel)) },
    { name: `planRestore ×${sessions.length}`, run: () => planRestore(sessions, sessions) },
  ];
}
