import { useState } from 'react';
import { reports } from '../api/endpoints';
import { useLoad } from '../editor/useLoad';
import { t } from '../i18n';
import { ReportFilters, type Filter } from '../reports/ReportFilters';
import { ReportTable } from '../reports/ReportTable';
import { Alert } from '../ui/Alert';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';

/**
 * Every report, filtered by department and state. Which open reports are past the SLA comes from
 * the dashboard, so the client does not re-implement the server's working-day rule.
 */
export function AllReports() {
  const [filter, setFilter] = useState<Filter>({ department: '', state: '' });
  const [state] = useLoad(() => reports.queue(filter), [filter.department, filter.state]);
  const [dashboard] = useLoad(() => reports.dashboard(), []);
  const overdue = new Set(dashboard.status === 'done' ? dashboard.value.slaBreaches.openReportIds : []);
  return (
    <section className="kms-section" aria-labelledby="kms-all-reports">
      <h2 id="kms-all-reports" className="utrecht-heading-2">{t.km.reports}</h2>
      <p className="utrecht-paragraph">{t.km.reportsIntro}</p>
      <ReportFilters filter={filter} departments={Object.keys(t.departments)} onChange={setFilter} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && state.value.length === 0 && <Empty>{t.reports.none}</Empty>}
      {state.status === 'done' && state.value.length > 0 && (
        <ReportTable reports={state.value} overdue={overdue} caption={t.km.reports} />
      )}
    </section>
  );
}
