import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/shared/categories';
import { SITE_IDS } from '../../src/shared/sites';
import {
  SETTINGS_VERSION,
  applyPolicy,
  checksRunOn,
  defaultSettings,
  lockedPaths,
  migrateSettings,
  phraseProblem,
  readManagedPolicy,
  settingsFromFile,
  settingsToFile,
  validateSettings,
  type Settings,
} from '../../src/shared/settings';

const paths = (r: { ok: boolean; issues?: { path: string; code: string }[] }) =>
  (r.ok ? [] : r.issues!).map((i) => `${i.path}:${i.code}`);

describe('defaults', () => {
  it('are valid, at the current version, with every site and category on and the summary off', () => {
    const d = defaultSettings();
    expect(validateSettings(d)).toEqual({ ok: true, value: d });
    expect(d.version).toBe(SETTINGS_VERSION);
    expect(SITE_IDS.every((s) => d.sites[s])).toBe(true);
    expect(CATEGORIES.every((c) => d.categories[c])).toBe(true);
    expect(d.localSummary).toBe(false);
  });

  it('are a fresh object each time (editing one does not leak into the next)', () => {
    const a = defaultSettings();
    a.extraPhrases.secrecy.push('our secret');
    expect(defaultSettings().extraPhrases.secrecy).toEqual([]);
  });
});

describe('validateSettings', () => {
  it('names the path and kind of every problem', () => {
    const bad = defaultSettings() as unknown as Record<string, any>;
    bad.sensitivity = 'extreme';
    bad.sites.discord = 'yes';
    delete bad.allowTrust;
    bad.colour = 'blue';
    bad.extraPhrases.secrecy = ['ok phrase', 'x', 'sen.*d', 'OK  phrase'];
    bad.trustedContacts.whatsapp = [{ name: '', added: 1 }];
    bad.languages = ['en', 'de'];
    bad.helplineCountry = 'indonesia';
    const result = validateSettings(bad);
    expect(result.ok).toBe(false);
    expect(paths(result).sort()).toEqual(
      [
        'colour:unknown_key',
        'allowTrust:missing',
        'sites.discord:wrong_type',
        'sensitivity:unknown_value',
        'languages[1]:unknown_value',
        'helplineCountry:unknown_value',
        'trustedContacts.whatsapp[0].name:too_short',
        'extraPhrases.secrecy[1]:too_short',
        'extraPhrases.secrecy[2]:phrase_characters',
      ].sort(),
    );
  });

  it('reports phrase duplicates (ignoring case and spacing) once the list is otherwise clean', () => {
    const s = defaultSettings() as unknown as Record<string, any>;
    s.extraPhrases.secrecy = ['our little secret', 'Our  little secret'];
    expect(paths(validateSettings(s))).toEqual(['extraPhrases.secrecy[1]:duplicate']);
  });

  it('refuses a value that is not an object at all', () => {
    expect(paths(validateSettings(null))).toEqual([':not_object']);
    expect(paths(validateSettings([]))).toEqual([':not_object']);
  });

  it('refuses a missing site (a truncated copy is not silently completed)', () => {
    const s = defaultSettings() as unknown as Record<string, any>;
    delete s.sites.reddit;
    expect(paths(validateSettings(s))).toEqual(['sites.reddit:missing']);
  });
});

describe('phraseProblem', () => {
  it('accepts plain phrases in any script', () => {
    for (const p of ['send me a pic', 'jangan bilang siapa-siapa', 'ส่งรูปมา', '¿estás sola?', "don't tell mum"]) {
      expect(phraseProblem(p), p).toBeNull();
    }
  });
  it('refuses regular-expression syntax, emptiness and overlong text', () => {
    expect(phraseProblem('send (me|us)')).toBe('phrase_characters');
    expect(phraseProblem('a\\b+')).toBe('phrase_characters');
    expect(phraseProblem('...!!')).toBe('phrase_characters');
    expect(phraseProblem('  ')).toBe('too_short');
    expect(phraseProblem('word '.repeat(20))).toBe('too_long');
  });
});

describe('migrateSettings', () => {
  it('passes current settings through unchanged', () => {
    const s = defaultSettings();
    expect(migrateSettings(s)).toMatchObject({ ok: true, value: s, from: SETTINGS_VERSION });
  });

  it('reads the v0 pre-release shape (no version field)', () => {
    const v0 = {
      enabled: true,
      sensitivity: 'high',
      disabledSites: ['tiktok', 'myspace'],
      disabledCategories: ['job_offer'],
      language: 'id',
      allowTrust: false,
      trustedContacts: [
        { site: 'discord', name: 'Coach Budi' },
        { site: 'friendster', name: 'gone' },
      ],
      customPhrases: [{ category: 'secrecy', phrase: '  rahasia kita ' }],
    };
    const result = migrateSettings(v0);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s: Settings = result.value;
    expect(result.from).toBe(0);
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.sites.tiktok).toBe(false);
    expect(s.sites.instagram).toBe(true);
    expect(s.categories.job_offer).toBe(false);
    expect(s.sensitivity).toBe('strict');
    expect(s.nudgeLanguage).toBe('id');
    expect(s.allowTrust).toBe(false);
    expect(s.trustedContacts.discord).toEqual([{ name: 'Coach Budi', added: 0 }]);
    expect(s.extraPhrases.secrecy).toEqual(['rahasia kita']);
    expect(s.localSummary).toBe(false);
  });

  it('turns every site off for a v0 copy that was switched off', () => {
    const result = migrateSettings({ enabled: false, sensitivity: 'low', language: 'auto' });
    expect(result.ok && SITE_IDS.every((id) => !result.value.sites[id])).toBe(true);
    expect(result.ok && result.value.sensitivity).toBe('gentle');
    expect(result.ok && result.value.nudgeLanguage).toBeNull();
  });

  it('reports v0 values it cannot map with their v1 path', () => {
    expect(paths(migrateSettings({ sensitivity: 'max', customPhrases: [{ category: 'secrecy', phrase: '(a|b)' }] })).sort()).toEqual([
      'extraPhrases.secrecy[0]:phrase_characters',
      'sensitivity:unknown_value',
    ]);
  });

  it('refuses a future version instead of guessing', () => {
    expect(paths(migrateSettings({ ...defaultSettings(), version: SETTINGS_VERSION + 1 }))).toEqual(['version:future_version']);
  });

  it('refuses an unreadable version', () => {
    expect(paths(migrateSettings({ ...defaultSettings(), version: '1' }))).toEqual(['version:wrong_type']);
  });
});

describe('managed policy', () => {
  it('overrides the guardian per entry and locks exactly those entries', () => {
    const { policy, issues } = readManagedPolicy({
      sites: { discord: false },
      sensitivity: 'strict',
      extraPhrases: { meetup: ['come to my place'] },
      nudgeLanguage: '',
    });
    expect(issues).toEqual([]);
    const local = defaultSettings();
    local.sites.instagram = false;
    local.sensitivity = 'gentle';
    const effective = applyPolicy(local, policy);
    expect(effective.sites.discord).toBe(false);
    expect(effective.sites.instagram).toBe(false);
    expect(effective.sensitivity).toBe('strict');
    expect(effective.extraPhrases.meetup).toEqual(['come to my place']);
    expect(effective.nudgeLanguage).toBeNull();
    expect([...lockedPaths(policy)].sort()).toEqual(['extraPhrases.meetup', 'nudgeLanguage', 'sensitivity', 'sites.discord']);
    expect(local.sensitivity).toBe('gentle');
  });

  it('skips and reports bad entries while keeping the good ones', () => {
    const { policy, issues } = readManagedPolicy({
      sites: { discord: 'off', whatsapp: false, myspace: true },
      sensitivity: 'max',
      pausedUntil: 5,
      allowTrust: false,
    });
    expect(policy).toEqual({ sites: { whatsapp: false }, allowTrust: false });
    expect(issues.map((i) => `${i.path}:${i.code}`).sort()).toEqual([
      'pausedUntil:unknown_key',
      'sensitivity:unknown_value',
      'sites.discord:wrong_type',
      'sites.myspace:unknown_key',
    ]);
  });

  it('locks nothing when no policy is set', () => {
    expect(lockedPaths(readManagedPolicy({}).policy).size).toBe(0);
  });
});

describe('checksRunOn', () => {
  it('is false on a switched-off site and while paused', () => {
    const s = defaultSettings();
    s.sites.x = false;
    expect(checksRunOn(s, 'x', 1000)).toBe(false);
    expect(checksRunOn(s, 'discord', 1000)).toBe(true);
    s.pausedUntil = 2000;
    expect(checksRunOn(s, 'discord', 1999)).toBe(false);
    expect(checksRunOn(s, 'discord', 2000)).toBe(true);
  });
});

describe('settings file', () => {
  it('round-trips settings without the running pause', () => {
    const s = defaultSettings();
    s.sensitivity = 'strict';
    s.pausedUntil = 123;
    s.trustedContacts.discord.push({ name: 'Aunt Sari', added: 5 });
    const text = settingsToFile(s, Date.UTC(2026, 0, 2));
    expect(text).not.toContain('"pausedUntil": 123');
    expect(settingsFromFile(text)).toEqual({ ok: true, value: { ...s, pausedUntil: 0 } });
  });

  it('explains a file that is not JSON', () => {
    const r = settingsFromFile('{"format": "second-look-settings", "settings": {');
    expect(paths(r)).toEqual([':not_json']);
  });

  it('explains JSON that is not a settings file', () => {
    expect(paths(settingsFromFile('{"hello": 1}'))).toEqual([':not_settings_file']);
    expect(paths(settingsFromFile('[]'))).toEqual([':not_settings_file']);
  });

  it('gives paths inside the file for wrong values', () => {
    const s = defaultSettings() as unknown as Record<string, any>;
    s.categories.threat = 1;
    const text = JSON.stringify({ format: 'second-look-settings', settings: s, pin: 'x' });
    expect(paths(settingsFromFile(text)).sort()).toEqual(['pin:unknown_key', 'settings.categories.threat:wrong_type']);
  });

  it('reads an exported file from an earlier version', () => {
    const text = JSON.stringify({ format: 'second-look-settings', settings: { enabled: true, sensitivity: 'medium' } });
    expect(settingsFromFile(text).ok).toBe(true);
  });
});
