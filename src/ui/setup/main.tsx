/** Setup page entry: mounts the guided setup the background opens after a first install. */
import { render } from 'preact';
import SetupApp from './app';
import { pageLanguage, t } from '../options/i18n';
import './setup.css';

document.documentElement.lang = pageLanguage();
document.title = t('setup_title');
render(<SetupApp />, document.getElementById('app')!);
