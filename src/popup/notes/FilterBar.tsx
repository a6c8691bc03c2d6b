// The filter disclosure of "All notes": colour, tag, site, date and (with teammates) author, each a
// labelled select. The button says how many filters are on; Escape closes the panel and returns to
// the button. The chosen filter shows in its menu before the menu's other choices have arrived.
import { useEffect, useState } from 'preact/hooks';
import { NOTE_COLORS, type NoteColor } from '../../lib/annotation';
import { t, uiLanguage } from '../../lib/i18n';
import { noteFacets } from '../../ui/notes-gateway';
import { usePopover } from '../../ui/use-popover';
import {
  type AuthorChoice,
  DATE_RANGES,
  type DateRange,
  type FilterChoices,
  NO_FILTERS,
  type NoteFilters,
  sortChoices,
  teammates,
} from './filters';

function activeCount(filters: NoteFilters): number {
  return (
    [filters.color, filters.tag, filters.site, filters.author].filter((value) => value !== null).length + (filters.date === 'any' ? 0 : 1)
  );
}

/** The choices, with the one already chosen among them even before they have arrived. */
function withChosen(list: string[], chosen: string | null): string[] {
  return chosen === null || list.includes(chosen) ? list : [chosen, ...list];
}

/** The author menu's value for a choice: '' everyone, 'mine', or 'by:' and the teammate's name. */
function authorValue(choice: AuthorChoice | null): string {
  if (choice === null) return '';
  return 'mine' in choice ? 'mine' : `by:${choice.teammate}`;
}

function authorChoice(value: string): AuthorChoice | null {
  if (value === 'mine') return { mine: true };
  return value.startsWith('by:') ? { teammate: value.slice(3) } : null;
}

export function FilterBar(props: { filters: NoteFilters; me: string | null; onChange: (filters: NoteFilters) => void }) {
  const { filters, me, onChange } = props;
  const { open, toggle, close, anchor, button } = usePopover();
  // The tags and sites in use come from the background's search copy when the panel opens.
  const [choices, setChoices] = useState<FilterChoices>({ tags: [], sites: [], authors: [] });
  useEffect(() => {
    if (!open) return;
    let current = true;
    noteFacets().then(
      (facets) => current && setChoices(sortChoices(facets, uiLanguage())),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [open]);
  const count = activeCount(filters);
  // The author menu only when the notes have other authors than the reader (a team database).
  const chosenTeammate = filters.author && 'teammate' in filters.author ? filters.author.teammate : null;
  const others = withChosen(teammates(choices.authors, me), chosenTeammate);

  return (
    <div class="popover-anchor" ref={anchor}>
      <button
        ref={button}
        type="button"
        class={`btn${count > 0 ? ' btn-on' : ''}`}
        aria-expanded={open}
        aria-controls="note-filters"
        onClick={toggle}
      >
        {count > 0 ? t('popupFiltersOn', String(count)) : t('popupFilters')}
      </button>
      {open && (
        <fieldset id="note-filters" class="popover filters">
          <legend class="visually-hidden">{t('popupFilters')}</legend>
          <label>
            <span>{t('popupFilterColor')}</span>
            <select
              value={filters.color ?? ''}
              onChange={(e) => onChange({ ...filters, color: (e.currentTarget.value || null) as NoteColor | null })}
            >
              <option value="">{t('popupAny')}</option>
              {NOTE_COLORS.map((color) => (
                <option key={color} value={color}>
                  {t(`commonColor_${color}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('popupFilterTag')}</span>
            <select value={filters.tag ?? ''} onChange={(e) => onChange({ ...filters, tag: e.currentTarget.value || null })}>
              <option value="">{t('popupAny')}</option>
              {withChosen(choices.tags, filters.tag).map((tag) => (
                <option key={tag} value={tag}>
                  {tag}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('popupFilterSite')}</span>
            <select value={filters.site ?? ''} onChange={(e) => onChange({ ...filters, site: e.currentTarget.value || null })}>
              <option value="">{t('popupAny')}</option>
              {withChosen(choices.sites, filters.site).map((site) => (
                <option key={site} value={site}>
                  {site}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('popupFilterDate')}</span>
            <select value={filters.date} onChange={(e) => onChange({ ...filters, date: e.currentTarget.value as DateRange })}>
              {DATE_RANGES.map((range) => (
                <option key={range} value={range}>
                  {t(`popupDate_${range}`)}
                </option>
              ))}
            </select>
          </label>
          {(others.length > 0 || filters.author !== null) && (
            <label>
              <span>{t('popupFilterAuthor')}</span>
              <select
                value={authorValue(filters.author)}
                onChange={(e) => onChange({ ...filters, author: authorChoice(e.currentTarget.value) })}
              >
                <option value="">{t('popupAuthorEveryone')}</option>
                <option value="mine">{t('popupAuthorMine')}</option>
                {others.map((name) => (
                  <option key={name} value={`by:${name}`}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div class="popover-buttons">
            <button type="button" class="btn" disabled={count === 0} onClick={() => onChange(NO_FILTERS)}>
              {t('popupClearFilters')}
            </button>
            <button type="button" class="btn" onClick={close}>
              {t('popupClose')}
            </button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
