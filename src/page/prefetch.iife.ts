// Content script run at document_start: starts reading the reader's settings from storage so the
// main script (document_idle) has them at hand. It touches nothing in the page.
import { prefetchSettings } from './early-settings';

try {
  prefetchSettings().promise.catch(() => undefined);
} catch {
  // Never throw into the page; the main script reads the settings itself.
}
