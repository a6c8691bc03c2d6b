// Popup entry: renders the app in the browser's UI language.
import { render } from 'preact';
import { uiLanguage } from '../lib/i18n';
import '../ui/theme.css';
import './popup.css';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
