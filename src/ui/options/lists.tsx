/**
 * The two lists a guardian looks after: people the teen marked "I know this
 * person" (per site, view and remove) and the guardian's own phrases per kind
 * of request (plain phrases, one per line, checked before saving).
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../shared/categories';
import type { Settings, SettingsIssue } from '../../shared/settings';
import { SITE_IDS, SITE_NAMES } from '../../shared/sites';
import { formatDate, t } from './i18n';
import Section, { LockedNote } from './section';
import { SITE_GROUPS } from './site-groups';

export function ContactsSection({ local, onRemove }: { local: Settings; onRemove: (site: (typeof SITE_IDS)[number], name: string) => void }) {
  // One heading per app: Telegram's two web versions share one list.
  const groups = SITE_GROUPS.map((g) => ({ name: g.name, contacts: g.ids.flatMap((site) => local.trustedContacts[site].map((contact) => ({ site, contact }))) })).filter(
    (g) => g.contacts.length > 0,
  );
  return (
    <Section id="contacts" title={t('options_contactsTitle')} help={t('options_contactsHelp')}>
      {groups.length === 0 ? (
        <p class="empty">{t('options_contactsEmpty')}</p>
      ) : (
        groups.map((group) => (
          <div key={group.name} class="contact-site">
            <h3>{group.name}</h3>
            <ul class="contacts">
              {group.contacts.map(({ site, contact }) => (
                <li key={`${site}:${contact.name}`}>
                  <span class="contact-name">{contact.name}</span>{' '}
                  {contact.added > 0 && <span class="muted">{t('options_contactAdded', formatDate(contact.added))}</span>}{' '}
                  <button
                    type="button"
                    aria-label={t('options_contactRemoveNamed', [contact.name, SITE_NAMES[site]])}
                    onClick={() => onRemove(site, contact.name)}
                  >
                    {t('options_contactRemove')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </Section>
  );
}

/** Turns an issue into a sentence for the guardian. */
export function issueText(issue: SettingsIssue): string {
  return t(`options_issue_${issue.code}`);
}

/** The options-page section each setting lives in, so an import error can say where in words. */
const SECTION_TITLES: Record<string, string> = {
  sites: 'options_sitesTitle',
  categories: 'options_categoriesTitle',
  sensitivity: 'options_sensitivityTitle',
  languages: 'options_languagesTitle',
  nudgeLanguage: 'options_nudgeLanguageTitle',
  helplineCountry: 'options_helplineTitle',
  allowTrust: 'options_trustTitle',
  trustedContacts: 'options_contactsTitle',
  extraPhrases: 'options_phrasesTitle',
  localSummary: 'options_summaryTitle',
};

/**
 * "Sites › Discord" for `settings.sites.discord`: the section and entry a
 * guardian recognises from this page, or '' when the path names none.
 */
export function issuePlace(path: string): string {
  const [key, entry] = path.replace(/^settings\.?/, '').split(/[.[]/);
  const title = key ? SECTION_TITLES[key] : undefined;
  if (!title) return '';
  let entryName = '';
  if (entry && (SITE_IDS as readonly string[]).includes(entry)) entryName = SITE_NAMES[entry as (typeof SITE_IDS)[number]];
  else if (entry && (CATEGORIES as readonly string[]).includes(entry)) entryName = t(`options_category_${entry}`);
  return entryName ? `${t(title)} › ${entryName}` : t(title);
}

interface PhrasesProps {
  effective: Settings;
  locked: Set<string>;
  /** Saves all categories' phrases; resolves with the issues (empty when saved). */
  savePhrases: (phrases: Settings['extraPhrases']) => Promise<SettingsIssue[]>;
}

export function PhrasesSection({ effective, locked, savePhrases }: PhrasesProps) {
  const [drafts, setDrafts] = useState<Record<Category, string>>(
    () => Object.fromEntries(CATEGORIES.map((c) => [c, effective.extraPhrases[c].join('\n')])) as Record<Category, string>,
  );
  const [problems, setProblems] = useState<Partial<Record<Category, string[]>>>({});
  const [status, setStatus] = useState('');

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    // Remember which textarea line each phrase came from, so an error names the line the guardian sees.
    const lineOf: Partial<Record<Category, number[]>> = {};
    const phrases = Object.fromEntries(
      CATEGORIES.map((c) => {
        if (locked.has(`extraPhrases.${c}`)) return [c, effective.extraPhrases[c]];
        const lines = drafts[c].split('\n');
        const kept = lines.map((text, i) => ({ text: text.trim(), line: i + 1 })).filter((l) => l.text);
        lineOf[c] = kept.map((l) => l.line);
        return [c, kept.map((l) => l.text)];
      }),
    ) as Settings['extraPhrases'];
    const issues = await savePhrases(phrases);
    const byCategory: Partial<Record<Category, string[]>> = {};
    for (const issue of issues) {
      const match = /^extraPhrases\.(\w+)(?:\[(\d+)\])?/.exec(issue.path);
      const category = match?.[1] as Category | undefined;
      if (!category) continue;
      const index = match?.[2] === undefined ? undefined : Number(match[2]);
      const line = index === undefined ? '' : t('options_phraseLine', String(lineOf[category]?.[index] ?? index + 1));
      (byCategory[category] ??= []).push(`${line} ${issueText(issue)}`.trim());
    }
    setProblems(byCategory);
    setStatus(issues.length ? t('options_phrasesNotSaved') : t('options_phrasesSaved'));
  }

  return (
    <Section id="phrases" title={t('options_phrasesTitle')} help={t('options_phrasesHelp')}>
      <form onSubmit={submit} noValidate>
        {CATEGORIES.map((c) => {
          const isLocked = locked.has(`extraPhrases.${c}`);
          const errors = problems[c] ?? [];
          return (
            <div class="phrase-box" key={c}>
              <label for={`phrases-${c}`}>{t(`options_category_${c}`)}</label> <LockedNote locked={isLocked} />
              <textarea
                id={`phrases-${c}`}
                rows={2}
                disabled={isLocked}
                value={isLocked ? effective.extraPhrases[c].join('\n') : drafts[c]}
                aria-invalid={errors.length ? 'true' : undefined}
                aria-describedby={errors.length ? `phrases-${c}-errors` : undefined}
                onInput={(e) => setDrafts({ ...drafts, [c]: (e.target as HTMLTextAreaElement).value })}
              />
              {errors.length > 0 && (
                <ul class="error" id={`phrases-${c}-errors`}>
                  {errors.map((text, i) => (
                    <li key={i}>{text}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
        <div class="buttons">
          <button type="submit" class="primary">
            {t('options_phrasesSave')}
          </button>
          <span role="status" class="status-line">
            {status}
          </span>
        </div>
      </form>
    </Section>
  );
}
