// The settings as state: loaded once, saved on every change, and kept current when another
// context (the popup's site switch) changes them.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged, type Settings, updateSettings } from '../lib/settings';

export function useSettings(): { settings: Settings | null; change: (fn: (current: Settings) => Settings) => void; error: string | null } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, (failure: Error) => setError(failure.message));
    return onSettingsChanged(setSettings);
  }, []);

  const change = useCallback((fn: (current: Settings) => Settings) => {
    updateSettings(fn).then(
      (next) => {
        setSettings(next);
        setError(null);
      },
      (failure: Error) => setError(failure.message),
    );
  }, []);

  return { settings, change, error };
}
