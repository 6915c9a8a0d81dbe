import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real gateway loads webextension-polyfill, which refuses to load outside an extension.
vi.mock('webextension-polyfill', () => ({ default: {} }));
import { createFakePlatform, setPlatform } from '../../src/platform/index';
import {
  STORAGE_KEYS,
  dismissRecoveryNotice,
  exportSettings,
  importSettings,
  loadSettings,
  loadSettingsQuickly,
  cachePolicy,
  loadSettingsState,
  loadSummary,
  pruneSummary,
  recordSummary,
  removeTrustedContact,
  repairStoredSettings,
  resetEverything,
  saveSettings,
  trustContact,
  watchSettings,
} from '../../src/platform/settings';
import { defaultSettings, SETTINGS_VERSION } from '../../src/shared/settings';

let fake: ReturnType<typeof createFakePlatform>;
function install(init: Parameters<typeof createFakePlatform>[0] = {}) {
  fake = createFakePlatform(init);
  setPlatform(fake);
  return fake;
}
const local = async () => fake.storage.local.get(null);

beforeEach(() => install());

describe('loadSettingsQuickly (content-script start)', () => {
  it('applies the policy the background cached, without reading storage.managed', async () => {
    install({ managed: { sensitivity: 'strict', sites: { discord: false } } });
    // Before the background has cached anything: the live policy, read the slow way.
    expect((await loadSettingsQuickly()).sensitivity).toBe('strict');
    await cachePolicy();
    const managedGet = vi.spyOn(fake.storage.managed, 'get');
    const quick = await loadSettingsQuickly();
    expect(managedGet).not.toHaveBeenCalled();
    expect(quick.sensitivity).toBe('strict');
    expect(quick.sites.discord).toBe(false);
    expect(quick).toEqual(await loadSettings());
  });

  it('caches an empty policy too, so pages without a policy start quickly', async () => {
    await cachePolicy();
    expect((await local())[STORAGE_KEYS.policyCache]).toEqual({});
  });

  it('ignores a cached policy that is not an object', async () => {
    install({ local: { [STORAGE_KEYS.policyCache]: 'garbage' } });
    expect(await loadSettingsQuickly()).toEqual(defaultSettings());
  });
});

describe('loadSettings', () => {
  it('gives defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('puts school policy over the guardian over defaults', async () => {
    const mine = defaultSettings();
    mine.sensitivity = 'gentle';
    mine.sites.x = false;
    install({ local: { settings: mine }, managed: { sensitivity: 'strict', sites: { discord: false } } });
    const s = await loadSettings();
    expect(s.sensitivity).toBe('strict');
    expect(s.sites.discord).toBe(false);
    expect(s.sites.x).toBe(false);
    expect(s.sites.instagram).toBe(true);
    const state = await loadSettingsState();
    expect([...state.locked].sort()).toEqual(['sensitivity', 'sites.discord']);
    expect(state.local.sensitivity).toBe('gentle');
  });

  it('reads an unreadable stored copy as defaults without writing anything', async () => {
    install({ local: { settings: '{"version":1,"sites":{' } });
    expect(await loadSettings()).toEqual(defaultSettings());
    expect((await local()).settings).toBe('{"version":1,"sites":{');
  });

  it('reads a stored v0 copy through the migration', async () => {
    install({ local: { settings: { enabled: true, sensitivity: 'high' } } });
    expect((await loadSettings()).sensitivity).toBe('strict');
  });
});

describe('repairStoredSettings', () => {
  it('keeps a future-version copy under the recovery key, writes defaults and keeps everything else', async () => {
    const future = { ...defaultSettings(), version: SETTINGS_VERSION + 1 };
    install({ local: { settings: future, pin: { keep: 'me' }, localSummary: { '2026-11-22': { secrecy: 1 } } } });
    expect(await repairStoredSettings(42)).toBe('recovered');
    const stored = await local();
    expect(stored.settings).toEqual(defaultSettings());
    expect(stored.settingsRecovery).toMatchObject({ keptAt: 42, value: future, dismissed: false });
    expect(stored.pin).toEqual({ keep: 'me' });
    expect(stored.localSummary).toEqual({ '2026-11-22': { secrecy: 1 } });
    const state = await loadSettingsState();
    expect(state.recovery?.issues[0]).toMatchObject({ path: 'version', code: 'future_version' });
    await dismissRecoveryNotice();
    expect((await loadSettingsState()).recovery).toBeNull();
    expect((await local()).settingsRecovery).toMatchObject({ value: future, dismissed: true });
  });

  it('writes a migrated copy back once', async () => {
    install({ local: { settings: { enabled: true, sensitivity: 'low' } } });
    expect(await repairStoredSettings()).toBe('migrated');
    expect((await local()).settings).toMatchObject({ version: SETTINGS_VERSION, sensitivity: 'gentle' });
    expect(await repairStoredSettings()).toBe('none');
  });
});

describe('saveSettings', () => {
  it('writes valid changes and refuses invalid ones without writing', async () => {
    expect((await saveSettings({ sensitivity: 'strict' })).ok).toBe(true);
    expect((await loadSettings()).sensitivity).toBe('strict');
    const bad = await saveSettings({ extraPhrases: { ...defaultSettings().extraPhrases, secrecy: ['(a|b)'] } });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['extraPhrases.secrecy[0]']);
    expect((await loadSettings()).extraPhrases.secrecy).toEqual([]);
  });

  it('never uses storage.sync (only local is written)', async () => {
    await saveSettings({ localSummary: true });
    expect(Object.keys(await local())).toEqual([STORAGE_KEYS.settings]);
  });

  it('keeps both of two quick changes', async () => {
    await Promise.all([saveSettings({ sensitivity: 'strict' }), saveSettings({ allowTrust: false })]);
    const s = await loadSettings();
    expect([s.sensitivity, s.allowTrust]).toEqual(['strict', false]);
  });

  it('deletes the summary counts when the summary is switched off', async () => {
    await saveSettings({ localSummary: true });
    await recordSummary(['secrecy'], Date.now());
    expect(await local()).toHaveProperty(STORAGE_KEYS.summary);
    await saveSettings({ localSummary: false });
    expect(await local()).not.toHaveProperty(STORAGE_KEYS.summary);
  });
});

describe('watchSettings', () => {
  it('reports the new effective settings after a change in any context', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.sensitivity));
    await saveSettings({ sensitivity: 'gentle' });
    await vi.waitFor(() => expect(seen).toEqual(['gentle']), { timeout: 5000 });
    stop();
    await saveSettings({ sensitivity: 'strict' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['gentle']);
  });

  it('ignores unrelated keys such as the summary', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await fake.storage.local.set({ localSummary: {} });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([]);
    stop();
  });
});

describe('trusted contacts', () => {
  it('is refused while "I know this person" is off, as it is by default', async () => {
    expect((await loadSettings()).allowTrust).toBe(false);
    expect(await trustContact('discord', 'Coach Budi', 7)).toBe(false);
    expect((await loadSettings()).trustedContacts.discord).toEqual([]);
  });

  it('adds once per site and removes', async () => {
    await saveSettings({ allowTrust: true });
    expect(await trustContact('discord', 'Coach Budi', 7)).toBe(true);
    expect(await trustContact('discord', 'Coach Budi', 8)).toBe(true);
    expect((await loadSettings()).trustedContacts.discord).toEqual([{ name: 'Coach Budi', added: 7 }]);
    expect((await loadSettings()).trustedContacts.instagram).toEqual([]);
    await removeTrustedContact('discord', 'Coach Budi');
    expect((await loadSettings()).trustedContacts.discord).toEqual([]);
  });

  it('refuses when the guardian or the school turned "I know this person" off', async () => {
    install({ managed: { allowTrust: false } });
    expect(await trustContact('discord', 'Stranger')).toBe(false);
    expect((await loadSettings()).trustedContacts.discord).toEqual([]);
  });
});

describe('import and export', () => {
  it('round-trips the guardian settings and never includes the PIN or the summary', async () => {
    await saveSettings({ sensitivity: 'strict', localSummary: true });
    await fake.storage.local.set({ pin: { hash: 'SECRET-HASH' }, localSummary: { '2026-11-22': { secrecy: 3 } } });
    const text = await exportSettings(0);
    expect(text).not.toContain('SECRET-HASH');
    expect(text).not.toContain('2026-11-22');
    install();
    expect((await importSettings(text)).ok).toBe(true);
    expect((await loadSettings()).sensitivity).toBe('strict');
  });

  it('changes nothing when the file is broken', async () => {
    await saveSettings({ sensitivity: 'gentle' });
    const before = await local();
    for (const text of ['', 'not json', '{"format":"second-look-settings","settings":{"version":1}}', '{"format":"other"}']) {
      const result = await importSettings(text);
      expect(result.ok, text).toBe(false);
      expect(await local()).toEqual(before);
    }
  });
});

describe('resetEverything', () => {
  it('deletes PIN, lockout, contacts and summary, keeps a note of when, and leaves defaults', async () => {
    await fake.storage.local.set({ pin: {}, pinLockout: { failures: 9, lockedUntil: 1e15 }, localSummary: {} });
    await trustContact('x', 'someone');
    await resetEverything(99);
    expect(await local()).toEqual({ settings: defaultSettings(), resetAt: 99 });
    expect((await loadSettingsState()).resetAt).toBe(99);
  });
});

describe('recordSummary', () => {
  const noon = new Date(2026, 10, 22, 12).getTime();
  it('does nothing while the summary is off (the default)', async () => {
    await recordSummary(['secrecy'], noon);
    expect(await local()).toEqual({});
  });

  it('counts categories per day when on, and prunes after 30 days', async () => {
    await saveSettings({ localSummary: true });
    await Promise.all([recordSummary(['secrecy', 'meetup'], noon), recordSummary(['secrecy'], noon)]);
    expect(await loadSummary(noon)).toEqual({ '2026-11-22': { secrecy: 2, meetup: 1 } });
    const muchLater = noon + 31 * 24 * 3600 * 1000;
    expect(await loadSummary(muchLater)).toEqual({});
    await pruneSummary(muchLater);
    expect(await local()).not.toHaveProperty(STORAGE_KEYS.summary);
  });

  it('counts when the school policy switched the summary on', async () => {
    install({ managed: { localSummary: true } });
    await recordSummary(['threat'], noon);
    expect(await loadSummary(noon)).toEqual({ '2026-11-22': { threat: 1 } });
  });
});
