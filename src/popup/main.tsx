// Popup entry: renders the app in the browser's UI language.
import { render } from 'preact';
import { uiLanguage } from '../lib/i18n';
import '../ui/theme.css';
import './popup.css';
import { readFirstPageEarly } from './notes/use-notes';
import { Popup, savedView } from './Popup';

/** Opening on "All notes", the first render waits this long for the list's first page, so that it
 * shows the list at once (one render and frame fewer); a slower read paints the popup first. */
const FIRST_PAGE_WAIT_MS = 150;

document.documentElement.lang = uiLanguage();
const show = () => render(<Popup />, document.getElementById('app')!);
if (savedView() === 'notes') {
  const waited = new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS));
  void Promise.race([readFirstPageEarly(), waited]).then(show);
} else {
  show();
}
