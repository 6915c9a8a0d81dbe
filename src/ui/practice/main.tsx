/**
 * The practice page: a pretend chat that plays the grooming playbook through
 * the real detector and the real nudges, for a teacher or counsellor to walk
 * a group through. URL options: `?lang=th` (any of the eight languages, or a
 * browser locale such as pt-BR), `?autoplay=1` (plays itself; `npm run demo`
 * uses this), `?site=discord` (which app's block and report steps to show).
 */
import { render } from 'preact';
import { LANGUAGES, type Language } from '../../shared/categories';
import { SITE_IDS, type SiteId } from '../../shared/sites';
import { languageFromLocale } from '../nudge/i18n';
import { isLanguage } from '../nudge/languages';
import { PracticeApp } from './PracticeApp';
import './practice.css';

function browserLanguage(): string {
  return navigator.language || 'en';
}

const params = new URLSearchParams(location.search);
const asked = params.get('lang') ?? '';
const language: Language = isLanguage(asked) ? asked : (languageFromLocale(asked || browserLanguage()) ?? 'en');
const site = params.get('site');
const app = document.getElementById('app');
if (app) {
  render(
    <PracticeApp
      initialLanguage={LANGUAGES.includes(language) ? language : 'en'}
      initialSite={SITE_IDS.includes(site as SiteId) ? (site as SiteId) : 'instagram'}
      autoplay={params.get('autoplay') === '1'}
    />,
    app,
  );
}
