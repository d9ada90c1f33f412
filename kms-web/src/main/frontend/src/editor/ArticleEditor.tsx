import { useEffect, useState, type FormEvent } from 'react';
import { articles } from '../api/endpoints';
import { ApiError } from '../api/http';
import type { LoadedVersion, Session } from '../api/types';
import { href, navigate } from '../app/routes';
import { format, stateLabel, t } from '../i18n';
import { VersionBody } from '../agent/VersionBody';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { problemMessage, unplacedFieldMessages } from '../ui/problems';
import { Loading } from '../ui/States';
import { CONTENT_FIELDS, ContentFields } from './ContentFields';
import { emptyForm, fromVersion, toContent, type FormValues } from './formValues';
import { NewArticleFields, type NewArticleValues } from './NewArticleFields';
import { TransitionBar } from './TransitionBar';
import { useFocusHeading } from './useFocusHeading';

// A message that outlives the navigation from "new" to "edit" after the first save.
let flash: string | null = null;

interface Props {
  session: Session;
  articleId: number | null;
  version: number | null;
}

/** Writing a new article or editing a draft version; other states are shown read-only with their actions. */
export default function ArticleEditor({ session, articleId, version }: Props) {
  const [loaded, setLoaded] = useState<LoadedVersion | null>(null);
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [meta, setMeta] = useState<NewArticleValues>({ department: session.departments[0] ?? '', audience: 'INTERNAL', slug: '' });
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(takeFlash);
  const [loadError, setLoadError] = useState<unknown>(null);
  const heading = useFocusHeading();

  useEffect(() => {
    if (articleId === null || version === null) return;
    articles.version(articleId, version).then((l) => {
      setLoaded(l);
      setValues(fromVersion(l.version));
    }, setLoadError);
  }, [articleId, version]);

  const change = (patch: Partial<FormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setDirty(true);
  };

  async function save(): Promise<boolean> {
    setSaving(true);
    setError(null);
    setMessage(null);
    try {
      if (!loaded) {
        const created = await articles.create({ ...meta, slug: meta.slug.trim() || undefined, content: toContent(values) });
        flash = t.form.created;
        navigate(href.edit(created.body.id, 1));
        return false;
      }
      const saved = await articles.revise(loaded.version.articleId, loaded.version.number, toContent(values), loaded.etag);
      setLoaded(saved);
      setDirty(false);
      setMessage(t.form.saved);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setSaving(false);
    }
  }

  async function reloadLatest() {
    if (!loaded) return;
    const latest = await articles.version(loaded.version.articleId, loaded.version.number);
    setLoaded(latest);
    setValues(fromVersion(latest.version));
    setDirty(false);
    setError(null);
  }

  if (loadError) return <div className="kms-page"><Alert kind="error">{problemMessage(loadError)}</Alert></div>;
  if (articleId !== null && !loaded) return <div className="kms-page"><Loading /></div>;

  const v = loaded?.version;
  const editable = !v || v.state === 'DRAFT';
  const title = v ? format(t.form.headingEdit, { title: v.title, number: v.number }) : t.form.headingNew;
  return (
    <div className="kms-page kms-editor">
      <a className="utrecht-link" href={href.editor()}>{t.form.back}</a>
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{title}</h1>
      <div role="status" aria-live="polite">{message && <Alert kind="ok">{message}</Alert>}</div>
      {error !== null && <SaveError error={error} onReload={reloadLatest} />}
      {editable ? (
        <form className="kms-form" onSubmit={(e: FormEvent) => (e.preventDefault(), void save())} noValidate>
          {!loaded && <NewArticleFields session={session} values={meta} onChange={(p) => setMeta((m) => ({ ...m, ...p }))} error={error} />}
          <ContentFields values={values} onChange={change} error={error} />
          <div className="kms-actions">
            <Button type="submit" appearance="primary" busy={saving}>{saving ? t.form.saving : t.form.save}</Button>
            {dirty && <span className="kms-unsaved">{t.form.unsaved}</span>}
          </div>
        </form>
      ) : (
        <>
          <Alert kind="info">{format(t.form.readOnly, { state: stateLabel(v!.state) })}</Alert>
          <VersionBody version={v!} />
        </>
      )}
      {v && (
        <TransitionBar version={v} before={async () => (!dirty || (await save()))}
          onDone={(l) => { setLoaded(l); setValues(fromVersion(l.version)); setDirty(false); }} />
      )}
    </div>
  );
}

function takeFlash(): string | null {
  const f = flash;
  flash = null;
  return f;
}

function SaveError({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (error instanceof ApiError && error.status === 412) {
    return (
      <Alert kind="error">
        <p className="utrecht-paragraph">{t.form.stale}</p>
        <Button onClick={onReload}>{t.form.reloadLatest}</Button>
      </Alert>
    );
  }
  const placed = [...CONTENT_FIELDS, 'department', 'audience', 'slug'];
  const fieldErrors = error instanceof ApiError && (error.problem.errors?.length ?? 0) > 0;
  const extra = unplacedFieldMessages(error, placed).filter((m) => !/\[\d+\]/.test(m));
  return <Alert kind="error">{[fieldErrors ? t.form.invalid : problemMessage(error), ...extra].join(' ')}</Alert>;
}
