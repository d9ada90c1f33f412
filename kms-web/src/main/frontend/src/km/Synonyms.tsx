import { useState, type FormEvent } from 'react';
import { searchManagement } from '../api/endpoints';
import { ApiError } from '../api/http';
import { useLoad } from '../editor/useLoad';
import { format, formatDateTime, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field, textboxClass } from '../ui/Field';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';

/** The server reports the list as `terms` and each term as `terms[i]` or similar: all belong to the one field. */
function termsProblem(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.find((e) => e.field.startsWith('terms'));
  return found ? t.rules[found.rule] ?? found.message : undefined;
}

/** Synonym rules for the search: words agents use for the same thing ("id-kaart, identiteitskaart"). */
export function Synonyms() {
  const [state, reload] = useLoad(() => searchManagement.synonyms(), []);
  const [terms, setTerms] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const list = terms.split(',').map((s) => s.trim()).filter(Boolean);
      const rule = await searchManagement.addSynonym(list);
      setTerms('');
      setMessage(format(t.km.synonymAdded, { terms: rule.terms.join(', ') }));
      reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: number, label: string) {
    setError(null);
    try {
      await searchManagement.removeSynonym(id);
      setMessage(format(t.km.synonymRemoved, { terms: label }));
      reload();
    } catch (e) {
      setError(e);
    }
  }

  const fieldError = termsProblem(error);
  return (
    <section className="kms-section" aria-labelledby="kms-synonyms">
      <h2 id="kms-synonyms" className="utrecht-heading-2">{t.km.synonyms}</h2>
      <p className="utrecht-paragraph">{t.km.synonymsIntro}</p>
      <form onSubmit={add} noValidate className="kms-step-form">
        <Field label={t.km.synonymTerms} description={t.km.synonymTermsHint} error={fieldError}>
          {(ids) => <input {...ids} name="terms" className={textboxClass(!!fieldError)} value={terms}
            onChange={(e) => setTerms(e.target.value)} />}
        </Field>
        <Button type="submit" appearance="primary" busy={busy}>{t.km.synonymAdd}</Button>
      </form>
      {message && <Alert kind="ok">{message}</Alert>}
      {error !== null && !fieldError && <Alert kind="error">{problemMessage(error)}</Alert>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && state.value.length === 0 && <Empty>{t.km.noSynonyms}</Empty>}
      {state.status === 'done' && state.value.length > 0 && (
        <ul className="kms-list">
          {state.value.map((rule) => {
            const label = rule.terms.join(', ');
            return (
              <li key={rule.id} className="kms-list__item kms-synonym">
                <span>{label} <span className="kms-list__meta">({rule.createdBy}, {formatDateTime(rule.createdAt)})</span></span>
                <Button onClick={() => remove(rule.id, label)} aria-label={format(t.km.synonymRemoveOf, { terms: label })}>
                  {t.km.synonymRemove}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
