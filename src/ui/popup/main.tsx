/** Popup entry: mounts the Preact app. */
import { render } from 'preact';
import { pageLanguage, t } from '../options/i18n';
import PopupApp from './app';
import './popup.css';

document.documentElement.lang = pageLanguage();
document.title = t('popup_on');
render(<PopupApp />, document.getElementById('app')!);
