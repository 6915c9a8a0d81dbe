/**
 * What the nudge's "Talk to someone" panel will show for a country, so a
 * guardian choosing the country sees the result. Every name and number comes
 * from the nudge's sourced helpline data (../nudge/helplines.json); nothing
 * here is typed in by hand.
 */
import { helplinesFor, internationalHelplines, type HelplineContact } from '../nudge/helplines';
import { countryName, t } from './i18n';

function contactText(contact: HelplineContact): string {
  switch (contact.kind) {
    case 'call':
      return t('nudge_help_call', contact.number);
    case 'text':
      return contact.keyword ? t('nudge_help_text_word', [contact.keyword, contact.number]) : t('nudge_help_text', contact.number);
    case 'whatsapp':
      return t('nudge_help_whatsapp', contact.number);
    case 'web':
      return t('nudge_help_website');
  }
}

/** The helplines a country's notes will list, or the international services when we have none for it. */
export default function HelplinePreview({ country, id }: { country: string | null; id?: string }) {
  const local = helplinesFor(country);
  const shown = local.length ? local : internationalHelplines();
  let lead: string;
  if (local.length) lead = t('options_helplinePreview', countryName(country ?? ''));
  else if (country) lead = t('options_helplinePreviewNone', countryName(country));
  else lead = t('options_helplinePreviewNoCountry');
  return (
    <div class="helpline-preview" id={id} data-testid="helpline-preview" aria-live="polite">
      <p>{lead}</p>
      <ul>
        {shown.map((h) => (
          <li key={h.id}>
            <strong>{h.name}</strong>
            {h.contacts.length > 0 && <> · {h.contacts.map(contactText).join(' · ')}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}
