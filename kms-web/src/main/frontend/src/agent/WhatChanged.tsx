import { useEffect, useState } from 'react';
import { articles } from '../api/endpoints';
import type { VersionComparison, VersionView } from '../api/types';
import { format, t } from '../i18n';
import { DiffView } from '../ui/DiffView';
import { Loading } from '../ui/States';

type State = { kind: 'loading' } | { kind: 'diff'; comparison: VersionComparison } | { kind: 'summary-only' };

/**
 * What changed since the version this agent last opened. Older versions may no longer be visible
 * to agents (the API answers 404), and then the author's change summary is what there is.
 */
export function WhatChanged({ current, since }: { current: VersionView; since: number }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    articles.diff(current.articleId, since, current.number).then(
      (comparison) => setState({ kind: 'diff', comparison }),
      () => setState({ kind: 'summary-only' }),
    );
  }, [current.articleId, current.number, since]);

  return (
    <section className="kms-changed" aria-labelledby="kms-changed-heading">
      <h3 id="kms-changed-heading" className="utrecht-heading-3">{t.article.whatChanged}</h3>
      <p className="utrecht-paragraph">{format(t.article.changedSince, { from: since, to: current.number })}</p>
      <p className="utrecht-paragraph">
        {current.changeSummary ? format(t.article.changeSummary, { summary: current.changeSummary }) : t.article.noChangeSummary}
      </p>
      {state.kind === 'loading' && <Loading />}
      {state.kind === 'diff' && <DiffView comparison={state.comparison} onlyChanges />}
      {state.kind === 'summary-only' && <p className="utrecht-paragraph">{t.article.diffUnavailable}</p>}
    </section>
  );
}
