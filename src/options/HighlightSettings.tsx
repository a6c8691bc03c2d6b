// Which kinds are highlighted (officials, other people, claims), in which colours, and the colour
// a new note takes when none is chosen.
import { CLAIM_KINDS } from '../analysis/types';
import { NOTE_COLORS } from '../lib/annotation';
import { CLAIM_COLOR_KEY, claimColor, claimDecoration } from '../lib/claim-style';
import { t } from '../lib/i18n';
import type { HighlightKind, Settings } from '../lib/settings';

/** Claims are coloured by kind below; this list's colour is for names. */
const KINDS: Array<{ kind: HighlightKind; color: keyof Settings['colors'] | null }> = [
  { kind: 'officials', color: 'official' },
  { kind: 'people', color: 'person' },
  { kind: 'claims', color: null },
];

export function HighlightSettings(props: { settings: Settings; change: (fn: (s: Settings) => Settings) => void }) {
  const { settings, change } = props;
  return (
    <section class="card" aria-labelledby="highlights-heading">
      <h2 id="highlights-heading">{t('optionsHighlights')}</h2>
      <p class="muted">{t('optionsHighlightsHelp')}</p>
      <div class="kind-rows">
        {KINDS.map(({ kind, color }) => (
          <div class="kind-row" key={kind}>
            <label class="check">
              <input
                type="checkbox"
                checked={settings.show[kind]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  change((s) => ({ ...s, show: { ...s.show, [kind]: on } }));
                }}
              />
              <span>
                <span class="check-label">{t(`optionsShow_${kind}`)}</span>
                <span class="muted check-help">{t(`optionsShowHelp_${kind}`)}</span>
              </span>
            </label>
            {color && (
              <label class="color-field">
                <span class="visually-hidden">{t(`optionsColorOf_${kind}`)}</span>
                <input
                  type="color"
                  value={settings.colors[color]}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    change((s) => ({ ...s, colors: { ...s.colors, [color]: value } }));
                  }}
                />
              </label>
            )}
          </div>
        ))}
      </div>
      <fieldset class="claim-kinds-colors">
        <legend>{t('optionsClaimKinds')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.allClaims}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              change((s) => ({ ...s, allClaims: on }));
            }}
          />
          <span>
            <span class="check-label">{t('optionsAllClaims')}</span>
            <span class="muted check-help">{t('optionsAllClaimsHelp')}</span>
          </span>
        </label>
        {CLAIM_KINDS.map((kind) => (
          <div class="kind-row" key={kind}>
            <span class="legend-sample" style={{ textDecoration: claimDecoration(settings, kind, 1) }}>
              {t(`commonKind_${kind}`)}
            </span>
            <label class="color-field">
              <span class="visually-hidden">{t('optionsColorOfKind', t(`commonKind_${kind}`))}</span>
              <input
                type="color"
                value={claimColor(settings, kind)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  change((s) => ({ ...s, colors: { ...s.colors, [CLAIM_COLOR_KEY[kind]]: value } }));
                }}
              />
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset class="note-color">
        <legend>{t('optionsDefaultNoteColor')}</legend>
        {NOTE_COLORS.map((c) => (
          <label key={c} class="color-option">
            <input
              type="radio"
              name="default-note-color"
              value={c}
              checked={settings.defaultNoteColor === c}
              onChange={() => change((s) => ({ ...s, defaultNoteColor: c }))}
            />
            <span class={`swatch swatch-${c}`} />
            <span>{t(`commonColor_${c}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
