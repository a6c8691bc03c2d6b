// Popup entry: renders the app in the browser's UI language.
import { render } from 'preact';
import { uiLanguage } from '../lib/i18n';
import '../ui/theme.css';
import './popup.css';
import { readFirstPageEarly } from './notes/use-notes';
import { Popup, savedView } from './Popup';

document.documentElement.lang = uiLanguage();
// Opening on "All notes": its first page is read while the popup renders.
if (savedView() === 'notes') readFirstPageEarly();
render(<Popup />, document.getElementById('app')!);
