import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/engine/index';

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
    expect(detector.scanMessage('lol did u finish the math homework')).toEqual({ labels: [], score: 0, findings: [] });
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

  it('runs only the chosen language packs', () => {
    const indonesianOnly = createDetector({ languages: ['id'] });
    expect(indonesianOnly.scanMessage('kirim foto kamu dong').labels).toContain('photo_request');
    expect(indonesianOnly.scanMessage('whats ur address').labels).toEqual([]);
  });

  it('labels more at strict and less at gentle sensitivity', () => {
    const weak = 'how old are you'; // a lone getting-to-know-you question: below "balanced"
    expect(createDetector({ sensitivity: 'strict' }).scanMessage(weak).labels).toEqual(['personal_info']);
    expect(createDetector({ sensitivity: 'balanced' }).scanMessage(weak).labels).toEqual([]);
    expect(createDetector({ sensitivity: 'gentle' }).scanMessage('send me a pic').labels).toEqual([]);
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
    const first = createDetector({ extraPhrases: mill, languages: ['en'] });
    const again = createDetector({ extraPhrases: { meetup: ['come to the old mill'] }, languages: ['en'] });
    const other = createDetector({ extraPhrases: { meetup: ['meet at the red bridge'] }, languages: ['en'] });
    const allLanguages = createDetector({ extraPhrases: mill });
    const text = 'come to the old mill later';
    expect(again.scanMessage(text)).toEqual(first.scanMessage(text));
    expect(first.scanMessage(text).findings.map((f) => f.ruleId)).toContain('guardian.meetup.0');
    expect(other.scanMessage(text).findings.map((f) => f.ruleId)).not.toContain('guardian.meetup.0');
    expect(other.scanMessage('meet at the red bridge').findings.map((f) => f.ruleId)).toContain('guardian.meetup.0');
    expect(first.scanMessage('kirim foto dong').labels).toEqual([]);
    expect(allLanguages.scanMessage('kirim foto dong').labels).toContain('photo_request');
  });

  it('is robust to non-string input at run time', () => {
    expect(detector.scanMessage(undefined as unknown as string)).toEqual({ labels: [], score: 0, findings: [] });
  });
});
