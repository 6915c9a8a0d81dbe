/** Format tests for the helplines and report-steps data: every fact has a source, a date and a status. */
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import helplineNotes from '../../../src/ui/nudge/helplines-notes.json';
import { SITE_IDS } from '../../../src/shared/sites';
import { HELPLINES, helplineCountry, helplinesFor, internationalHelplines, dialHref, whatsappHref } from '../../../src/ui/nudge/helplines';
import { LABELLED_ACTIONS, STEP_ACTIONS, allReportSteps, reportStepsFor } from '../../../src/ui/nudge/report-steps';

const keys = new Set(Object.keys(en));
const isUrl = (value: string): boolean => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value) && !value.includes('...');

describe('helplines.json', () => {
  it('covers the countries the issue asks for, and an international fallback', () => {
    for (const country of ['ID', 'PH', 'TH', 'MY', 'KH', 'US', 'GB', 'CA', 'AU', 'ES', 'BR', 'FR']) {
      expect(helplinesFor(country).length, country).toBeGreaterThan(0);
    }
    expect(internationalHelplines().length).toBeGreaterThan(0);
  });

  it('gives every entry a source URL, a checked date and a status', () => {
    const ids = new Set<string>();
    for (const h of HELPLINES) {
      expect(ids.has(h.id), `duplicate ${h.id}`).toBe(false);
      ids.add(h.id);
      expect(h.sources.length, h.id).toBeGreaterThan(0);
      for (const url of h.sources) expect(isUrl(url), `${h.id}: ${url}`).toBe(true);
      expect(h.checked, h.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['verified', 'sourced', 'needs_check'], h.id).toContain(h.status);
      const notes = helplineNotes.notes as Record<string, string>;
      if (h.status === 'needs_check') expect(notes[h.id], `${h.id} says what to check`).toBeTruthy();
      expect(h.country, h.id).toMatch(/^([A-Z]{2}|INTL)$/);
      expect(keys.has(`nudge_help_topic_${h.topic}`), `${h.id} topic`).toBe(true);
    }
  });

  it('gives every entry a way to reach it, in a usable form', () => {
    for (const h of HELPLINES) {
      expect(h.contacts.length, h.id).toBeGreaterThan(0);
      for (const c of h.contacts) {
        if (c.kind === 'web') expect(isUrl(c.url), `${h.id}: ${c.url}`).toBe(true);
        else expect(c.number, h.id).toMatch(/^[\d +()-]+$/);
        if (c.kind === 'whatsapp') expect(c.e164, h.id).toMatch(/^\+\d{8,15}$/);
      }
      if (h.hours?.kind === 'daily') {
        expect(h.hours.from).toMatch(/^\d{2}:\d{2}$/);
        expect(h.hours.to).toMatch(/^\d{2}:\d{2}$/);
      }
    }
  });

  it('keeps notes only for entries that exist', () => {
    const ids = new Set(HELPLINES.map((h) => h.id));
    for (const id of Object.keys(helplineNotes.notes)) expect(ids.has(id), id).toBe(true);
  });

  it('does not carry the number the research warns is a typo', () => {
    expect(JSON.stringify(HELPLINES)).not.toContain('422-2253');
  });
});

describe('helplineCountry', () => {
  it('prefers the guardian\'s choice', () => expect(helplineCountry('ph', 'en-US')).toBe('PH'));
  it('uses the browser locale\'s region', () => expect(helplineCountry(null, 'pt-BR')).toBe('BR'));
  it('uses a language spoken mainly in one country', () => expect(helplineCountry(null, 'th')).toBe('TH'));
  it('does not guess for a language spoken in many countries', () => expect(helplineCountry(null, 'es')).toBeNull());
});

describe('contact links', () => {
  it('dials the digits as printed', () => expect(dialHref('tel', '1-800-422-4453')).toBe('tel:18004224453'));
  it('texts a keyword', () => expect(dialHref('sms', '686868', 'CONNECT')).toBe('sms:686868?body=CONNECT'));
  it('opens WhatsApp with the international number', () => expect(whatsappHref('+60192615999')).toBe('https://wa.me/60192615999'));
});

describe('report-steps.json', () => {
  it('has an entry for every supported site', () => {
    const sites = allReportSteps();
    for (const site of SITE_IDS) expect(sites[site], site).toBeDefined();
  });

  it('gives every step list a source, a status and translatable steps', () => {
    for (const site of SITE_IDS) {
      const entry = reportStepsFor(site);
      for (const list of [entry.block, entry.report]) {
        if (!list) continue;
        expect(list.sources.length, site).toBeGreaterThan(0);
        for (const url of list.sources) expect(isUrl(url), `${site}: ${url}`).toBe(true);
        expect(['confirmed', 'unconfirmed'], site).toContain(list.status);
        expect(['web', 'app'], site).toContain(list.where);
        expect(list.steps.length, site).toBeGreaterThan(0);
        for (const step of list.steps) {
          expect(STEP_ACTIONS, site).toContain(step.do);
          expect(keys.has(`nudge_step_${step.do}`), step.do).toBe(true);
          expect(Boolean(step.label), `${site} ${step.do} label`).toBe(LABELLED_ACTIONS.includes(step.do));
        }
      }
      for (const fact of entry.facts) expect(isUrl(fact.source), `${site} fact`).toBe(true);
      if (entry.childSafety) expect(isUrl(entry.childSafety), site).toBe(true);
    }
  });
});
