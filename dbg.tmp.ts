import { createDetector } from './src/engine/index';
import { PRACTICE_SCRIPTS } from './src/ui/practice/scripts';
const d = createDetector();
const t = d.conversation(); let at = 0;
for (const l of PRACTICE_SCRIPTS.th.lines) { if (l.from === 'draft') continue; at += 60000; const v = t.add({ text: l.text, incoming: l.from === 'stranger', at }); console.log(l.from, v.level, v.categories.join(','), l.from==='stranger' ? JSON.stringify(d.scanMessage(l.text).probabilities?.threat) : '', l.text.slice(0,60)); }
