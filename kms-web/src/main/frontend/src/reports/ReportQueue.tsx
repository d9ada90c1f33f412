import { useState } from 'react';
import { reports } from '../api/endpoints';
import type { Session } from '../api/types';
import { useFocusHeading } from '../editor/useFocusHeading';
import { useLoad } from '../editor/useLoad';
import { t } from '../i18n';
import { Alert } from '../ui/Alert';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { ReportFilters, type Filter } from './ReportFilters';
import { ReportTable } from './ReportTable';

/** The editor's queue: reports on the articles of their departments, open ones first by default. */
export default function ReportQueue({ session }: { session: Session }) {
  const heading = useFocusHeading();
  const [filter, setFilter] = useState<Filter>({ department: '', state: '' });
  const [state] = useLoad(() => reports.queue(filter), [filter.department, filter.state]);
  return (
    <div className="kms-page">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{t.reports.queueHeading}</h1>
      <p className="utrecht-paragraph">{t.reports.queueIntro}</p>
      <ReportFilters filter={filter} departments={session.departments} onChange={setFilter} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && state.value.length === 0 && <Empty>{t.reports.none}</Empty>}
      {state.status === 'done' && state.value.length > 0 && <ReportTable reports={state.value} caption={t.reports.queueHeading} />}
    </div>
  );
}
