/**
 * "Talk to someone": helplines for the teen's country, then services open
 * to everyone. Every number and link comes from helplines.json with its
 * source and the date it was checked; nothing is shown that was not sourced.
 */
import { useState } from 'preact/hooks';
import type { Translator } from './i18n';
import {
  HELPLINE_COUNTRIES,
  dialHref,
  helplinesFor,
  internationalHelplines,
  whatsappHref,
  type Helpline,
  type HelplineContact,
} from './helplines';

function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function ContactLink(props: { contact: HelplineContact; t: Translator }) {
  const { contact, t } = props;
  switch (contact.kind) {
    case 'call':
      return <a href={dialHref('tel', contact.number)}>{t('nudge_help_call', contact.number)}</a>;
    case 'text':
      return contact.keyword ? (
        <a href={dialHref('sms', contact.number, contact.keyword)}>{t('nudge_help_text_word', [contact.keyword, contact.number])}</a>
      ) : (
        <a href={dialHref('sms', contact.number)}>{t('nudge_help_text', contact.number)}</a>
      );
    case 'whatsapp':
      return (
        <a href={whatsappHref(contact.e164)} target="_blank" rel="noopener noreferrer">
          {t('nudge_help_whatsapp', contact.number)}
        </a>
      );
    case 'web':
      return (
        <a href={contact.url} target="_blank" rel="noopener noreferrer">
          {t('nudge_help_website')}
        </a>
      );
  }
}

/** One helpline: name, what it is for, hours, how to reach it, and where the facts come from. */
export function HelplineEntry(props: { helpline: Helpline; t: Translator }) {
  const { helpline: h, t } = props;
  return (
    <div class="helpline" data-helpline={h.id}>
      <div class="helpline-name">{h.name}</div>
      <div class="small">{t(`nudge_help_topic_${h.topic}`)}</div>
      {h.hours && (
        <div class="small">
          {h.hours.kind === 'always' ? t('nudge_help_hours_always') : t('nudge_help_hours_daily', [h.hours.from, h.hours.to])}
        </div>
      )}
      <div class="contacts">
        {h.contacts.map((c, i) => (
          <ContactLink key={i} contact={c} t={t} />
        ))}
      </div>
      <div class="small">
        {t('nudge_help_checked', h.checked)} ·{' '}
        <a href={h.sources[0]} target="_blank" rel="noopener noreferrer">
          {t('nudge_source')}
        </a>
        {h.status === 'needs_check' && <> · {t('nudge_help_needs_check')}</>}
      </div>
    </div>
  );
}

/** The "Talk to someone" panel body, with a country picker. */
export function HelpPanel(props: { country: string | null; t: Translator; lang: string }) {
  const { t, lang } = props;
  const [country, setCountry] = useState<string>(props.country ?? '');
  const local = helplinesFor(country || null);
  const countries = [...HELPLINE_COUNTRIES].sort((a, b) => countryName(a, lang).localeCompare(countryName(b, lang), lang));
  return (
    <>
      <p>{t('nudge_help_intro')}</p>
      <label>
        {t('nudge_help_country')}
        <select value={country} onChange={(e) => setCountry((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">—</option>
          {countries.map((c) => (
            <option key={c} value={c}>
              {countryName(c, lang)}
            </option>
          ))}
        </select>
      </label>
      {country && local.length === 0 && <p class="small">{t('nudge_help_none')}</p>}
      {local.map((h) => (
        <HelplineEntry key={h.id} helpline={h} t={t} />
      ))}
      <h3>{t('nudge_help_anywhere')}</h3>
      {internationalHelplines().map((h) => (
        <HelplineEntry key={h.id} helpline={h} t={t} />
      ))}
      <p class="small">{t('nudge_help_emergency')}</p>
    </>
  );
}
