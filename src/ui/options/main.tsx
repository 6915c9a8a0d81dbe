/** Options page entry: mounts the Preact app. */
import { render } from 'preact';
import OptionsApp from './app';
import { pageLanguage, t } from './i18n';
import './options.css';

document.documentElement.lang = pageLanguage();
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
