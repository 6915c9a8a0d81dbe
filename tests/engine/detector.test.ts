import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../src/engine/compile';
import { compiledToData } from '../../src/engine/compile/io';
import { createDetectorFromPacks, type PackSet } from '../../src/engine/detector';
import { createDetector } from '../../src/engine/index';
import { COMMON_LEXICON, FREQUENT_WORDS, OUTGOING_WORDS, PACKS } from '../../src/packs/index';
import { encodeInt8, type ModelData } from '../../src/engine/model/classifier';
import { CATEGORIES, LANGUAGES } from '../../src/shared/categories';
import { OUTGOING_CATEGORIES } from '../../src/engine/types';

const detector = createDetector();

describe('createDetector / scanMessage', () => {
  it('returns labels, a score and findings whose offsets index the original text', () => {
    const text = 'heyy 😊 S E N D me a p1c, just for me';
    const result = detector.scanMessage(text);
    expect(result.labels).toContain('photo_request');
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    const finding = result.findings.find((f) => f.ruleId === 'en.photo.send_pic');
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('S E N D me a p1c');
    expect(finding).toMatchObject({ category: 'photo_request', lang: 'en' });
  });

  it('finds nothing in an ordinary message', () => {
    const result = detector.scanMessage('lol did u finish the math homework');
    expect(result.labels).toEqual([]);
    expect(result.findings).toEqual([]);
    for (const p of Object.values(result.probabilities ?? {})) expect(p).toBeLessThan(0.5);
  });

  it("gives the model's calibrated probability for every enabled category", () => {
    const result = detector.scanMessage('send me a pic of u, just for me');
    expect(Object.keys(result.probabilities ?? {}).length).toBe(9);
    expect(result.probabilities?.photo_request).toBeGreaterThan(0.5);
    expect(createDetector({ engine: 'rules' }).scanMessage('send me a pic').probabilities).toBeUndefined();
  });

  it('sees through homoglyphs, invisible characters and defanged links', () => {
    expect(detector.scanMessage('аdd me on ѕnарchаt').labels).toContain('off_platform');
    expect(detector.scanMessage('msg me t[.]me/room_22').labels).toContain('off_platform');
    expect(detector.scanMessage('d\u200Bont tell ur par\u200Bents about us').labels).toContain('secrecy');
  });

  it('reports only the categories the guardian enabled', () => {
    const only = createDetector({ categories: ['threat'] });
    expect(only.scanMessage('send me a pic or i post ur screenshots').labels).toEqual(['threat']);
    const record = createDetector({ categories: { photo_request: false } });
    expect(record.scanMessage('send me a selfie').labels).toEqual([]);
  });

  it('runs only the chosen language packs (the model reads every language)', () => {
    const indonesianOnly = createDetector({ languages: ['id'], engine: 'rules' });
    expect(indonesianOnly.scanMessage('kirim foto kamu dong').labels).toContain('photo_request');
    expect(indonesianOnly.scanMessage('whats ur address').labels).toEqual([]);
  });

  it('labels more at strict and less at gentle sensitivity', () => {
    const lines = ['how old are you', 'send me a pic', 'whats ur snap', 'dont tell ur mom', 'i can pay u', 'where do u live', 'lol ok', 'see u at practice'];
    const count = (s: 'strict' | 'balanced' | 'gentle'): number => {
      const d = createDetector({ sensitivity: s });
      return lines.reduce((n, l) => n + d.scanMessage(l).labels.length, 0);
    };
    for (const line of lines) {
      const strict = new Set(createDetector({ sensitivity: 'strict' }).scanMessage(line).labels);
      for (const c of createDetector({ sensitivity: 'balanced' }).scanMessage(line).labels) expect(strict.has(c), `${line}: ${c}`).toBe(true);
    }
    expect(count('strict')).toBeGreaterThan(count('gentle'));
    expect(count('strict')).toBeGreaterThanOrEqual(count('balanced'));
    expect(count('balanced')).toBeGreaterThanOrEqual(count('gentle'));
  });

  it("matches the guardian's plain extra phrases, normalised like messages", () => {
    const custom = createDetector({ extraPhrases: { meetup: ['come to the old mill'] } });
    const result = custom.scanMessage('U should COME to the 0ld mill tonite');
    expect(result.labels).toContain('meetup');
    expect(result.findings.some((f) => f.ruleId === 'guardian.meetup.0')).toBe(true);
  });

  it('treats pattern characters in extra phrases as plain text', () => {
    const custom = createDetector({ extraPhrases: { secrecy: ['@class|*'] } });
    expect(() => custom.scanMessage('anything')).not.toThrow();
  });

  it('scans a long message in windows and still finds a phrase at its end', () => {
    const text = `${'ok '.repeat(50_000)}send me a pic just for me`;
    const result = detector.scanMessage(text);
    expect(result.labels).toContain('photo_request');
    const f = result.findings.find((x) => x.ruleId === 'en.photo.send_pic')!;
    expect(text.slice(f.start, f.end)).toBe('send me a pic');
  });

  it('compiles once per pack list and options: detectors built again agree, and other options are not mixed up', () => {
    const mill = { meetup: ['come to the old mill'] };
    const first = createDetector({ extraPhrases: mill, languages: ['en'], engine: 'rules' });
    const again = createDetector({ extraPhrases: { meetup: ['come to the old mill'] }, languages: ['en'], engine: 'rules' });
    const other = createDetector({ extraPhrases: { meetup: ['meet at the red bridge'] }, languages: ['en'], engine: 'rules' });
    const allLanguages = createDetector({ extraPhrases: mill, engine: 'rules' });
    const text = 'come to the old mill later';
    expect(again.scanMessage(text)).toEqual(first.scanMessage(text));
    expect(first.scanMessage(text).findings.map((f) => f.ruleId)).toContain('guardian.meetup.0');
    expect(other.scanMessage(text).findings.map((f) => f.ruleId)).not.toContain('guardian.meetup.0');
    expect(other.scanMessage('meet at the red bridge').findings.map((f) => f.ruleId)).toContain('guardian.meetup.0');
    expect(first.scanMessage('kirim foto dong').labels).toEqual([]);
    expect(allLanguages.scanMessage('kirim foto dong').labels).toContain('photo_request');
  });

  it('reads the tables compiled ahead of time when the options compile nothing of their own, and compiles otherwise', () => {
    const frequentWords = new Set(FREQUENT_WORDS);
    const data = compiledToData(compilePacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords }));
    let reads = 0;
    const packSet: PackSet = { packs: PACKS, common: COMMON_LEXICON, frequentWords, compiled: () => (reads++, data) };
    const emptyPhrases = { meetup: [], secrecy: [] };
    // The settings' defaults: every language listed, a list of guardian phrases per category, all empty.
    const fromTables = createDetectorFromPacks(packSet, { languages: [...LANGUAGES], extraPhrases: emptyPhrases, engine: 'rules' });
    createDetectorFromPacks(packSet, { engine: 'rules' });
    expect(reads).toBe(1);
    createDetectorFromPacks(packSet, { languages: ['en'], engine: 'rules' });
    createDetectorFromPacks(packSet, { extraPhrases: { meetup: ['come to the old mill'] }, engine: 'rules' });
    expect(reads).toBe(1);
    const compiled = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords }, { engine: 'rules' });
    for (const text of PACKS.flatMap((p) => p.rules.flatMap((r) => r.examples)).slice(0, 300)) {
      expect(fromTables.scanMessage(text), text).toEqual(compiled.scanMessage(text));
    }
  });

  it('reads a message that carries its own code as a delivery, not an ask for the code', () => {
    const labels = (text: string) => detector.scanMessage(text).labels;
    for (const text of [
      'Your verification code is 482913. Do not share this code with anyone.',
      '482913 is your WhatsApp code. Don\'t share it.',
      'Tu código de verificación es 482913. No lo compartas con nadie.',
      'Kode verifikasi Anda 482913. JANGAN BERIKAN kode ini kepada siapa pun.',
      'รหัส OTP ของคุณคือ 482913 ห้ามบอกใคร',
    ]) {
      expect(labels(text), text).not.toContain('account_access');
    }
    // Whoever asks for the code does not know it; an amount beside a code word is no code.
    for (const text of ['a code was sent to your number by mistake, send it to me', 'send me the 6 digit code', 'give me your password and ill give u 1500 robux']) {
      expect(labels(text), text).toContain('account_access');
    }
  });

  it('is robust to non-string input at run time', () => {
    expect(detector.scanMessage(undefined as unknown as string)).toEqual({ labels: [], score: 0, findings: [] });
  });
});

/**
 * A model that reads no word (every weight 0): each label's probability is its bias, so a test sets
 * what the model thinks and the rules decide the rest.
 */
function modelSaying<L extends string>(labels: readonly L[], p: Partial<Record<L, number>>): ModelData {
  const logit = (q: number): number => Math.log(q / (1 - q));
  const half = labels.map(() => 0.5);
  return {
    version: 1,
    kind: 'linear',
    labels,
    bucketBits: 4,
    table: encodeInt8(new Int8Array(16 * labels.length)),
    scales: labels.map(() => 1),
    bias: labels.map((c) => logit(p[c] ?? 0.01)),
    calibration: labels.map(() => ({ a: 1, b: 0 })),
    thresholds: { gentle: half, balanced: half, strict: half },
    ruleThresholds: { gentle: half, balanced: half, strict: half },
    extras: [],
    meta: {},
  };
}

describe('rules gated by the model', () => {
  const detectorWith = (p: Partial<Record<(typeof CATEGORIES)[number], number>>) =>
    createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), models: { incoming: modelSaying(CATEGORIES, p) } });
  const secret = 'keep this between us'; // one rule, under SURE_RULE: the model may veto it

  it('lets the model veto a rule it doubts in a message flagged for nothing else', () => {
    expect(createDetector({ engine: 'rules' }).scanMessage(secret).labels).toContain('secrecy');
    expect(detectorWith({ secrecy: 0.3 }).scanMessage(secret).labels).toEqual([]);
  });

  it("keeps a rule's label beside another label unless the model is nearly sure it is not one", () => {
    expect(detectorWith({ secrecy: 0.3, photo_request: 0.95 }).scanMessage(secret).labels).toEqual(['photo_request', 'secrecy']);
    expect(detectorWith({ secrecy: 0.05, photo_request: 0.95 }).scanMessage(secret).labels).toEqual(['photo_request']);
  });

  it("lets a rule's threat in a laughing message stand only when the model gives threat at least 0.4", () => {
    const joke = 'give my hoodie back or ill tell ur parents 😂';
    // The shipped models veto a rule's threat only when nearly sure (gate 0.05): so does this one.
    const low = CATEGORIES.map(() => 0.05);
    const gatedAt = (p: number) =>
      createDetectorFromPacks({
        packs: PACKS,
        common: COMMON_LEXICON,
        frequentWords: new Set(FREQUENT_WORDS),
        models: { incoming: { ...modelSaying(CATEGORIES, { threat: p }), ruleThresholds: { gentle: low, balanced: low, strict: low } } },
      });
    expect(createDetector({ engine: 'rules' }).scanMessage(joke).labels).toContain('threat');
    expect(gatedAt(0.3).scanMessage(joke).labels).not.toContain('threat');
    expect(gatedAt(0.45).scanMessage(joke).labels).toContain('threat');
    // The same words without laughter pass the usual gate.
    expect(gatedAt(0.3).scanMessage(joke.replace(' 😂', '')).labels).toContain('threat');
    // Digits are no laughter: "555 0142" is a phone number, not Thai "555".
    expect(gatedAt(0.3).scanMessage('give my hoodie back or ill tell ur parents, call 555 0142').labels).toContain('threat');
    expect(gatedAt(0.3).scanMessage('give my hoodie back or ill tell ur parents, call 555-0142').labels).toContain('threat');
    // Nor does a laugh soften kept pictures: "i screen recorded our facetime lol".
    expect(gatedAt(0.3).scanMessage('i screen recorded our facetime lol').labels).toContain('threat');
  });

  it('gates a short message by its own, lower thresholds, and a longer one as before', () => {
    const quarter = CATEGORIES.map(() => 0.25);
    const model: ModelData = { ...modelSaying(CATEGORIES, { secrecy: 0.3 }), shortChars: secret.length, shortRuleThresholds: { gentle: quarter, balanced: quarter, strict: quarter } };
    const detector = createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), models: { incoming: model } });
    // p 0.3: over the short line's 0.25, under the long line's 0.5.
    expect(detector.scanMessage(secret).labels).toEqual(['secrecy']);
    expect(detector.scanMessage(`${secret} ok`).labels).toEqual([]);
  });
});

describe("the drafts model and the rules' \"I'm alone\"", () => {
  const draftsWith = (p: Partial<Record<(typeof OUTGOING_CATEGORIES)[number], number>>) =>
    createDetectorFromPacks({ packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), outgoing: OUTGOING_WORDS, models: { outgoing: modelSaying(OUTGOING_CATEGORIES, p) } });
  const alone = 'my parents are out tonight and im home alone';

  it('drops the rule only when the model is nearly sure the draft is no such move', () => {
    expect(createDetector({ engine: 'rules' }).scanOutgoing(alone).categories).toContain('meet_alone');
    expect(draftsWith({ meet_alone: 0.01 }).scanOutgoing(alone).categories).not.toContain('meet_alone');
    expect(draftsWith({ meet_alone: 0.01 }).scanOutgoing(alone).findings).toEqual([]);
    expect(draftsWith({ meet_alone: 0.3 }).scanOutgoing(alone).categories).toContain('meet_alone');
  });

  it('never lets the model veto the exact rules (a phone number)', () => {
    expect(draftsWith({ phone_number: 0.001 }).scanOutgoing('ok my number is 0812 3456 7890 text me').categories).toContain('phone_number');
  });
});

describe('the drafts model, decoded on first use', () => {
  // A worker the browser stopped builds a detector for the next incoming message: the drafts' model
  // and word lists wait for the first draft or reply. A broken drafts model shows when one is read.
  it('reads incoming messages without decoding the drafts model, and decodes it for the first draft', async () => {
    const { INCOMING_MODEL } = await import('../../src/engine/model/incoming.model');
    const { OUTGOING_MODEL } = await import('../../src/engine/model/outgoing.model');
    const { OUTGOING_WORDS } = await import('../../src/packs/index');
    const broken: ModelData = { ...OUTGOING_MODEL, table: encodeInt8(new Int8Array(30)) };
    const packSet: PackSet = { packs: PACKS, common: COMMON_LEXICON, frequentWords: new Set(FREQUENT_WORDS), outgoing: OUTGOING_WORDS, models: { incoming: INCOMING_MODEL, outgoing: broken } };
    const detector = createDetectorFromPacks(packSet);
    const read = detector.read([{ text: 'send me a pic, just for me', incoming: true }]);
    expect(read.signals[0]).toMatchObject({ incoming: true, labels: expect.arrayContaining(['photo_request']) });
    expect(() => detector.scanOutgoing('are you free tomorrow after school')).toThrow(/table has 30 bytes/);
  });

  it('answers drafts and replies as before', () => {
    const detector = createDetector();
    expect(detector.scanOutgoing('my number is 0812 3456 7890').categories).toContain('phone_number');
    const read = detector.read([
      { text: 'lets meet at the mall saturday', incoming: true },
      { text: 'ok where do we meet', incoming: false },
    ]);
    expect(read.signals[1]).toMatchObject({ incoming: false, agreesToMeet: true });
  });
});
