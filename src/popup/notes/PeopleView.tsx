// "All notes" › People: every official met in the articles the reader annotated, with role, the
// articles, and the claims each was the source of (the reader's verdict beside a claim they rated).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { countOf } from '../../ui/format';
import { notesStore, onNotesChanged } from '../../ui/notes-gateway';
import { type PersonEntry, peopleOf } from './people';

async function loadPeople(): Promise<PersonEntry[]> {
  const store = notesStore();
  const remembered = await store.articles();
  const withNotes = await Promise.all(remembered.map(async (article) => ((await store.countForPage(article.source)) > 0 ? article : null)));
  const articles = withNotes.filter((a) => a !== null);
  const notes = (await Promise.all(articles.map((article) => store.forPage(article.source)))).flat();
  return peopleOf(
    articles,
    notes.filter((note) => note.motivation === 'assessing'),
  );
}

export function PeopleView() {
  const [people, setPeople] = useState<PersonEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => loadPeople().then(setPeople, (failure: Error) => setError(failure.message));
    void load();
    return onNotesChanged(() => void load());
  }, []);
  if (error) {
    return (
      <p class="form-error" role="alert">
        {t('popupLoadFailed', [error])}
      </p>
    );
  }
  if (!people) return <p class="empty muted">{t('loading')}</p>;
  if (people.length === 0) return <p class="empty muted">{t('popupNoPeople')}</p>;
  return (
    <ul class="people-list" aria-label={t('popupPeopleLabel')}>
      {people.map((person) => (
        <li key={person.key} class="person-entry">
          <h2 class="person-name">{person.name}</h2>
          {person.roles.length > 0 && <p class="item-role">{person.roles.join(' · ')}</p>}
          <p class="muted small">
            {countOf('popupPersonArticles', person.articles.length)} · {countOf('popupPersonClaims', person.claims.length)}
          </p>
          <ul class="person-articles">
            {person.articles.map((article) => (
              <li key={article.source}>
                <a href={article.url} target="_blank" rel="noreferrer noopener">
                  {article.title || article.source}
                </a>
              </li>
            ))}
          </ul>
          {person.claims.length > 0 && (
            <ul class="person-claims">
              {person.claims.map((claim, i) => (
                <li key={`${claim.article.source}:${i}`}>
                  <q class="claim-text">{claim.text}</q>
                  {claim.verdict && <span class={`badge verdict verdict-${claim.verdict}`}>{t(`commonVerdict_${claim.verdict}`)}</span>}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
