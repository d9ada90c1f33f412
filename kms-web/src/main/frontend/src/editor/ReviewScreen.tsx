import { articles } from '../api/endpoints';
import type { ArticleView, LoadedVersion, VersionComparison } from '../api/types';
import { href } from '../app/routes';
import { VersionBody } from '../agent/VersionBody';
import { format, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { DiffView } from '../ui/DiffView';
import { problemMessage } from '../ui/problems';
import { Loading } from '../ui/States';
import { TransitionBar } from './TransitionBar';
import { useFocusHeading } from './useFocusHeading';
import { useLoad } from './useLoad';

interface Review {
  article: ArticleView;
  loaded: LoadedVersion;
  comparison: VersionComparison | null;
}

/** Reviewing a version: what it changes against the live (or previous) version, then approve or send back. */
export default function ReviewScreen({ articleId, version }: { articleId: number; version: number }) {
  const [state, , replace] = useLoad(() => loadReview(articleId, version), [articleId, version]);
  const heading = useFocusHeading();

  if (state.status === 'loading') return <div className="kms-page"><Loading /></div>;
  if (state.status === 'error') return <div className="kms-page"><Alert kind="error">{problemMessage(state.error)}</Alert></div>;
  const { loaded, comparison } = state.value;
  const v = loaded.version;
  return (
    <div className="kms-page kms-review">
      <a className="utrecht-link" href={href.editor()}>{t.form.back}</a>
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{format(t.review.heading, { title: v.title, number: v.number })}</h1>
      {v.reviewComment && <Alert kind="info">{format(t.review.reviewComment, { comment: v.reviewComment })}</Alert>}
      {comparison ? (
        <section aria-labelledby="kms-compare-heading">
          <h2 id="kms-compare-heading" className="utrecht-heading-2">{format(t.review.compareWith, { from: comparison.from })}</h2>
          <DiffView comparison={comparison} />
        </section>
      ) : (
        <>
          <Alert kind="info">{t.review.firstVersion}</Alert>
          <h2 className="utrecht-heading-2">{v.title}</h2>
          <VersionBody version={v} />
        </>
      )}
      <TransitionBar version={v} onDone={(l) => replace({ ...state.value, loaded: l })} />
    </div>
  );
}

async function loadReview(id: number, n: number): Promise<Review> {
  const [article, loaded] = await Promise.all([articles.get(id), articles.version(id, n)]);
  // compare with what agents read now; without a live version, with the newest older one
  const older = article.versions.map((v) => v.number).filter((x) => x < n);
  const base = article.publishedVersion && article.publishedVersion !== n ? article.publishedVersion : older.length ? Math.max(...older) : null;
  const comparison = base ? await articles.diff(id, base, n) : null;
  return { article, loaded, comparison };
}
