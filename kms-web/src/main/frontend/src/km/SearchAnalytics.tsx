import { useId, useState } from 'react';
import { searchManagement } from '../api/endpoints';
import type { QueryCount } from '../api/types';
import { useLoad } from '../editor/useLoad';
import { format, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { selectClass } from '../ui/Field';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { BarChart } from './BarChart';
import { Figure } from './Figure';

const PERIODS = [7, 30, 90];

/** What agents search for, what finds nothing, and what finds something nobody opens. */
export function SearchAnalytics() {
  const [days, setDays] = useState(30);
  const periodId = useId();
  const [state] = useLoad(() => searchManagement.analytics(days), [days]);
  return (
    <section className="kms-section" aria-labelledby="kms-analytics">
      <h2 id="kms-analytics" className="utrecht-heading-2">{t.km.analytics}</h2>
      <div className="kms-inline-form">
        <label className="utrecht-form-label" htmlFor={periodId}>{t.km.period}</label>
        <select id={periodId} className={selectClass(false)} value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {PERIODS.map((d) => <option key={d} value={d}>{format(t.km.lastDays, { days: d })}</option>)}
        </select>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && (
        <>
          <div className="kms-figures">
            <Figure value={state.value.searches} label={t.km.searches} />
            <Figure value={`${Math.round(state.value.clickThroughRate * 100)}%`} label={t.km.clickThrough} />
          </div>
          <QueryChart caption={t.km.topQueries} rows={state.value.top} />
          <QueryChart caption={t.km.zeroResults} rows={state.value.zeroResults} />
          <QueryChart caption={t.km.noClick} rows={state.value.noClick} />
        </>
      )}
    </section>
  );
}

function QueryChart({ caption, rows }: { caption: string; rows: QueryCount[] }) {
  if (rows.length === 0) return <><h3 className="utrecht-heading-3">{caption}</h3><Empty>{t.km.noQueries}</Empty></>;
  return <BarChart caption={caption} valueLabel={t.km.searches} rows={rows.map((r) => ({ label: r.query, value: r.searches }))} />;
}
