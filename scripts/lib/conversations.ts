/**
 * Scoring labelled threads (the format of ../shared/eval/conversations-dev.jsonl
 * and data/corpus/threads.jsonl): feed each thread's turns to one
 * tracker in order and count, per kind, threads that reach `expect` by turn
 * `by` (the 1-based index among the other person's turns), and benign
 * threads whose highest level is `warn` or `urgent`.
 */
import { LEVELS, type Level } from '../../src/shared/categories';
import type { Detector, ThreadContext } from '../../src/engine/types';

export interface Thread {
  id: string;
  lang: string;
  kind: string;
  expect: Level;
  by: number | null;
  context?: ThreadContext;
  turns: { from: 'them' | 'me'; text: string; min: number }[];
}

export interface ThreadResult {
  thread: Thread;
  /** Highest level reached over the thread. */
  peak: Level;
  /** 1-based index of the `them` turn at which `expect` was first reached, or null. */
  reachedAt: number | null;
  /** The level after each turn. */
  levels: Level[];
}

export interface ThreadFigures {
  risky: number;
  caught: number;
  inTime: number;
  benign: number;
  benignWarn: number;
  benignUrgent: number;
  byKind: Record<string, { n: number; caught: number; inTime: number }>;
  results: ThreadResult[];
}

const T0 = Date.parse('2026-03-01T16:00:00Z');
const rank = (l: Level): number => LEVELS.indexOf(l);

export function runThread(detector: Detector, thread: Thread, useContext = true): ThreadResult {
  const tracker = detector.conversation(useContext ? thread.context : undefined);
  let peak: Level = 'none';
  let reachedAt: number | null = null;
  let themIndex = 0;
  const levels: Level[] = [];
  for (const turn of thread.turns) {
    const incoming = turn.from === 'them';
    if (incoming) themIndex++;
    const { level } = tracker.add({ text: turn.text, incoming, at: T0 + turn.min * 60_000 });
    levels.push(level);
    if (rank(level) > rank(peak)) peak = level;
    if (reachedAt === null && thread.expect !== 'none' && rank(level) >= rank(thread.expect)) reachedAt = Math.max(themIndex, 1);
  }
  return { thread, peak, reachedAt, levels };
}

export function scoreThreads(detector: Detector, threads: readonly Thread[], useContext = true): ThreadFigures {
  const f: ThreadFigures = { risky: 0, caught: 0, inTime: 0, benign: 0, benignWarn: 0, benignUrgent: 0, byKind: {}, results: [] };
  for (const thread of threads) {
    const r = runThread(detector, thread, useContext);
    f.results.push(r);
    const k = (f.byKind[thread.kind] ??= { n: 0, caught: 0, inTime: 0 });
    k.n++;
    if (thread.expect === 'none') {
      f.benign++;
      if (rank(r.peak) >= rank('warn')) f.benignWarn++;
      if (r.peak === 'urgent') f.benignUrgent++;
      if (rank(r.peak) < rank('warn')) k.caught++;
      continue;
    }
    f.risky++;
    if (r.reachedAt !== null) {
      f.caught++;
      k.caught++;
      if (thread.by === null || r.reachedAt <= thread.by) {
        f.inTime++;
        k.inTime++;
      }
    }
  }
  return f;
}

export function threadSummary(name: string, f: ThreadFigures): string {
  const kinds = Object.entries(f.byKind)
    .map(([k, v]) => (k === 'benign' ? `benign quiet ${v.caught}/${v.n}` : `${k} ${v.caught}/${v.n} (${v.inTime} in time)`))
    .join(', ');
  return `${name.padEnd(28)} risky reached ${f.caught}/${f.risky}, in time ${f.inTime}/${f.risky} | benign at warn+ ${f.benignWarn}/${f.benign} (urgent ${f.benignUrgent}) | ${kinds}`;
}
