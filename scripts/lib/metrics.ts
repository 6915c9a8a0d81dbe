/**
 * Message-level quality figures, one definition for the trainer, `npm run
 * eval` and the quality tests. A message is FLAGGED when it gets any label.
 * Risky recall = flagged risky / risky. Hard-negative rate = flagged benign
 * / benign (the benign rows of a labelled set are mostly hard negatives).
 */
export interface Scored {
  lang: string;
  gold: readonly string[];
  predicted: readonly string[];
}

export interface Figures {
  n: number;
  risky: number;
  benign: number;
  macroF1: number;
  perLabel: Record<string, { p: number; r: number; f: number; support: number }>;
  riskyRecall: number;
  benignFlagged: number;
  recallByLang: Record<string, number>;
  /** The language with the lowest risky recall, and that recall. */
  weakest: { lang: string; recall: number };
}

export function figures(rows: readonly Scored[], labels: readonly string[]): Figures {
  const counts = new Map(labels.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const perLang = new Map<string, { risky: number; flagged: number }>();
  let risky = 0;
  let riskyFlagged = 0;
  let benign = 0;
  let benignFlagged = 0;
  for (const row of rows) {
    const predicted = new Set(row.predicted);
    const gold = new Set(row.gold);
    for (const c of labels) {
      const k = counts.get(c)!;
      if (predicted.has(c) && gold.has(c)) k.tp++;
      else if (predicted.has(c)) k.fp++;
      else if (gold.has(c)) k.fn++;
    }
    if (gold.size > 0) {
      risky++;
      const l = perLang.get(row.lang) ?? { risky: 0, flagged: 0 };
      l.risky++;
      if (predicted.size > 0) {
        riskyFlagged++;
        l.flagged++;
      }
      perLang.set(row.lang, l);
    } else {
      benign++;
      if (predicted.size > 0) benignFlagged++;
    }
  }
  const perLabel: Figures['perLabel'] = {};
  for (const c of labels) {
    const { tp, fp, fn } = counts.get(c)!;
    const p = tp + fp === 0 ? 1 : tp / (tp + fp);
    const r = tp + fn === 0 ? 1 : tp / (tp + fn);
    perLabel[c] = { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r), support: tp + fn };
  }
  const present = labels.filter((c) => perLabel[c]!.support > 0 || counts.get(c)!.fp > 0);
  const macroF1 = present.length === 0 ? 1 : present.reduce((s, c) => s + perLabel[c]!.f, 0) / present.length;
  const recallByLang: Record<string, number> = {};
  let weakest = { lang: '-', recall: 1 };
  for (const [lang, v] of [...perLang.entries()].sort()) {
    recallByLang[lang] = v.flagged / v.risky;
    if (recallByLang[lang]! < weakest.recall) weakest = { lang, recall: recallByLang[lang]! };
  }
  return {
    n: rows.length,
    risky,
    benign,
    macroF1,
    perLabel,
    riskyRecall: risky === 0 ? 1 : riskyFlagged / risky,
    benignFlagged: benign === 0 ? 0 : benignFlagged / benign,
    recallByLang,
    weakest,
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** One line: macro F1, risky recall, benign flagged, weakest language. */
export function summaryLine(name: string, f: Figures): string {
  return `${name.padEnd(28)} macro F1 ${f.macroF1.toFixed(3)} | risky recall ${f.riskyRecall.toFixed(3)} | benign flagged ${pct(f.benignFlagged)} (${Math.round(f.benignFlagged * f.benign)}/${f.benign}) | weakest ${f.weakest.lang} ${f.weakest.recall.toFixed(2)}`;
}

export function detailLines(f: Figures, labels: readonly string[]): string[] {
  return [
    `  per label (P/R/F1): ${labels.map((c) => `${c} ${f.perLabel[c]!.p.toFixed(2)}/${f.perLabel[c]!.r.toFixed(2)}/${f.perLabel[c]!.f.toFixed(2)}`).join(', ')}`,
    `  recall by language: ${Object.entries(f.recallByLang)
      .map(([l, r]) => `${l} ${r.toFixed(2)}`)
      .join(', ')}`,
  ];
}
