/**
 * The everyday choices: sites, kinds of request, sensitivity, languages,
 * nudge language, helpline country and "I know this person". Each control
 * shows the value in force (a school's policy wins) and is disabled, with a
 * note, when the policy fixes it.
 */
import { CATEGORIES, LANGUAGES, SENSITIVITIES, type Language } from '../../shared/categories';
import type { Settings } from '../../shared/settings';
import { platform } from '../../platform/index';
// The nudge's own country list, so the two never differ.
import { HELPLINE_COUNTRIES, helplineCountry } from '../nudge/helplines';
import HelplinePreview from './helpline-preview';
import { countryName, languageName, t } from './i18n';
import Section, { LockedNote } from './section';
import { SITE_GROUPS } from './site-groups';


export interface ChoicesProps {
  effective: Settings;
  locked: Set<string>;
  save: (patch: Partial<Settings>) => void;
  /** Writes through a function of the current settings (for one entry of a record). */
  update: (change: (s: Settings) => Settings) => void;
}

export function SitesSection({ effective, locked, update }: ChoicesProps) {
  return (
    <Section id="sites" title={t('options_sitesTitle')} help={t('options_sitesHelp')}>
      <ul class="checks columns">
        {SITE_GROUPS.map(({ name, ids }) => {
          const isLocked = ids.some((id) => locked.has(`sites.${id}`));
          const free = ids.filter((id) => !locked.has(`sites.${id}`));
          const on = ids.filter((id) => effective.sites[id]).length;
          return (
            <li key={name}>
              <label>
                <input
                  type="checkbox"
                  name={`site-${ids[0] === 'telegram_k' ? 'telegram' : ids[0]}`}
                  checked={on === ids.length}
                  // Two clients set apart (by a file or a policy) show as "partly on".
                  indeterminate={on > 0 && on < ids.length}
                  disabled={free.length === 0}
                  onChange={(e) => {
                    const checked = (e.target as HTMLInputElement).checked;
                    update((s) => ({ ...s, sites: { ...s.sites, ...Object.fromEntries(free.map((id) => [id, checked])) } }));
                  }}
                />
                {ids.length > 1 ? t('options_siteBothVersions', name) : name}
              </label>{' '}
              <LockedNote locked={isLocked} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function CategoriesSection({ effective, locked, update }: ChoicesProps) {
  return (
    <Section id="categories" title={t('options_categoriesTitle')} help={t('options_categoriesHelp')}>
      <ul class="checks">
        {CATEGORIES.map((c) => {
          const isLocked = locked.has(`categories.${c}`);
          return (
            <li key={c}>
              <label>
                <input
                  type="checkbox"
                  name={`category-${c}`}
                  checked={effective.categories[c]}
                  disabled={isLocked}
                  aria-describedby={`category-${c}-help`}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    update((s) => ({ ...s, categories: { ...s.categories, [c]: on } }));
                  }}
                />
                {t(`options_category_${c}`)}
              </label>{' '}
              <LockedNote locked={isLocked} />
              <p class="choice-help" id={`category-${c}-help`}>
                {t(`options_category_${c}_help`)}
              </p>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function SensitivitySection({ effective, locked, save }: ChoicesProps) {
  const isLocked = locked.has('sensitivity');
  return (
    <Section id="sensitivity" title={t('options_sensitivityTitle')} help={t('options_sensitivityHelp')}>
      <fieldset disabled={isLocked}>
        <legend class="visually-hidden">{t('options_sensitivityTitle')}</legend>
        {SENSITIVITIES.map((level) => (
          <div class="radio" key={level}>
            <label>
              <input
                type="radio"
                name="sensitivity"
                value={level}
                checked={effective.sensitivity === level}
                aria-describedby={`sensitivity-${level}-help`}
                onChange={() => save({ sensitivity: level })}
              />
              {t(`options_sensitivity_${level}`)}
            </label>
            <p class="choice-help" id={`sensitivity-${level}-help`}>
              {t(`options_sensitivity_${level}_help`)}
            </p>
          </div>
        ))}
      </fieldset>
      <LockedNote locked={isLocked} />
    </Section>
  );
}

export function LanguagesSection({ effective, locked, save }: ChoicesProps) {
  const isLocked = locked.has('languages');
  const all = effective.languages.length === 0;
  const toggle = (code: Language, on: boolean): void => {
    const current = all ? [] : effective.languages;
    const next = on ? [...current, code] : current.filter((l) => l !== code);
    save({ languages: LANGUAGES.filter((l) => next.includes(l)) });
  };
  return (
    <Section id="languages" title={t('options_languagesTitle')} help={t('options_languagesHelp')}>
      <fieldset disabled={isLocked}>
        <legend class="visually-hidden">{t('options_languagesTitle')}</legend>
        <ul class="checks columns">
          {LANGUAGES.map((code) => (
            <li key={code}>
              <label>
                <input
                  type="checkbox"
                  name={`language-${code}`}
                  checked={effective.languages.includes(code)}
                  onChange={(e) => toggle(code, (e.target as HTMLInputElement).checked)}
                />
                {languageName(code)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="status-line">{all ? t('options_languagesAll') : ''}</p>
      <LockedNote locked={isLocked} />
    </Section>
  );
}

export function NudgeLanguageSection({ effective, locked, save }: ChoicesProps) {
  const isLocked = locked.has('nudgeLanguage');
  return (
    <Section id="nudge-language" title={t('options_nudgeLanguageTitle')} help={t('options_nudgeLanguageHelp')}>
      <label for="nudge-language-select">{t('options_nudgeLanguageLabel')}</label>{' '}
      <select
        id="nudge-language-select"
        disabled={isLocked}
        value={effective.nudgeLanguage ?? ''}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          save({ nudgeLanguage: value ? (value as Language) : null });
        }}
      >
        <option value="">{t('options_followBrowser')}</option>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(code)}
          </option>
        ))}
      </select>{' '}
      <LockedNote locked={isLocked} />
    </Section>
  );
}

export function HelplineSection({ effective, locked, save }: ChoicesProps) {
  const isLocked = locked.has('helplineCountry');
  const current = effective.helplineCountry;
  const countries = [...HELPLINE_COUNTRIES];
  // A country set by policy or an imported file stays visible even if it is not in our list.
  if (current && !countries.includes(current)) countries.push(current);
  countries.sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const shown = helplineCountry(current, platform().uiLanguage());
  return (
    <Section id="helpline" title={t('options_helplineTitle')} help={t('options_helplineHelp')}>
      <label for="helpline-select">{t('options_helplineLabel')}</label>{' '}
      <select
        id="helpline-select"
        disabled={isLocked}
        value={current ?? ''}
        onChange={(e) => {
          const value = (e.target as HTMLSelectElement).value;
          save({ helplineCountry: value || null });
        }}
      >
        <option value="">{t('options_followBrowserCountry')}</option>
        {countries.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </select>{' '}
      <LockedNote locked={isLocked} />
      <HelplinePreview country={shown} />
    </Section>
  );
}

export function TrustSection({ effective, locked, save }: ChoicesProps) {
  const isLocked = locked.has('allowTrust');
  return (
    <Section id="trust" title={t('options_trustTitle')} help={t('options_trustHelp')}>
      <label>
        <input
          type="checkbox"
          name="allow-trust"
          checked={effective.allowTrust}
          disabled={isLocked}
          onChange={(e) => save({ allowTrust: (e.target as HTMLInputElement).checked })}
        />
        {t('options_trustLabel')}
      </label>{' '}
      <LockedNote locked={isLocked} />
    </Section>
  );
}
