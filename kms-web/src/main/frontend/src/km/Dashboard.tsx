import { articles, confirmations, reports } from '../api/endpoints';
import type { ConfirmationStatistics } from '../api/types';
import { OverdueList } from '../editor/OverdueList';
import { useLoad } from '../editor/useLoad';
import { departmentLabel, format, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { problemMessage } from '../ui/problems';
import { Empty, Loading } from '../ui/States';
import { BarChart } from './BarChart';
import { Figure } from './Figure';

const AGE_BUCKETS = ['0-2', '3-5', '6-10', '>10'];
const RECENT_MAJOR_CHANGES = 8;

/** The knowledge manager's figures: the report backlog and SLA, read confirmations, overdue reviews. */
export function Dashboard() {
  const [figures] = useLoad(() => reports.dashboard(), []);
  return (
    <>
      <section className="kms-section" aria-labelledby="kms-dash-reports">
        <h2 id="kms-dash-reports" className="utrecht-heading-2">{t.km.reportFigures}</h2>
        {figures.status === 'loading' && <Loading />}
        {figures.status === 'error' && <Alert kind="error">{problemMessage(figures.error)}</Alert>}
        {figures.status === 'done' && (
          <>
            <div className="kms-figures">
              <Figure value={figures.value.openTotal} label={t.km.openReports} />
              <Figure value={figures.value.slaBreaches.open} label={format(t.km.overSla, { days: figures.value.slaBreaches.workingDays })} />
              <Figure value={figures.value.slaBreaches.answeredLate} label={t.km.answeredLate} />
              <Figure value={figures.value.medianWorkingDaysToResolution ?? '—'} label={t.km.median} />
              <Figure value={figures.value.reopenRate.rate == null ? '—' : `${Math.round(figures.value.reopenRate.rate * 100)}%`}
                label={t.km.reopenRate} />
              <Figure value={figures.value.overdueForReview.length} label={t.km.overdueReviews} />
            </div>
            {figures.value.openByDepartment.length === 0 ? <Empty>{t.km.noOpenReports}</Empty> : (
              <Backlog rows={figures.value.openByDepartment} />
            )}
            <p className="utrecht-paragraph kms-hint">{t.km.workingDays}</p>
          </>
        )}
      </section>
      <ConfirmationCoverage />
      <OverdueList />
    </>
  );
}

function Backlog({ rows }: { rows: { department: string; total: number; byAge: Record<string, number> }[] }) {
  return (
    <div className="kms-table-wrap">
      <table className="utrecht-table">
        <caption className="utrecht-table__caption">{t.km.backlog}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t.reports.department}</th>
            {AGE_BUCKETS.map((b) => <th key={b} scope="col" className="utrecht-table__header-cell">{format(t.km.ageBucket, { bucket: b })}</th>)}
            <th scope="col" className="utrecht-table__header-cell">{t.km.total}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr key={r.department} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">{departmentLabel(r.department)}</th>
              {AGE_BUCKETS.map((b) => <td key={b} className="utrecht-table__cell">{r.byAge[b] ?? 0}</td>)}
              <td className="utrecht-table__cell">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Read-confirmation coverage of the most recent major changes that are live. The confirmations API
 * answers per version, so the recent publications are asked one by one; a version nobody was asked
 * to confirm (a 404) is left out.
 */
function ConfirmationCoverage() {
  const [state] = useLoad(async () => {
    const published = await articles.list({ states: ['PUBLISHED'], limit: 40 });
    const major = published.flatMap((a) =>
      a.versions.filter((v) => v.number === a.publishedVersion && v.changeLevel === 'MAJOR').map((v) => ({ id: a.id, n: v.number })),
    );
    const stats = await Promise.all(
      major.slice(0, RECENT_MAJOR_CHANGES).map(({ id, n }) => confirmations.statistics(id, n).catch(() => null)),
    );
    return stats.filter((s): s is ConfirmationStatistics => s !== null && s.readers > 0);
  }, []);
  return (
    <section className="kms-section" aria-labelledby="kms-dash-confirmations">
      <h2 id="kms-dash-confirmations" className="utrecht-heading-2">{t.km.coverage}</h2>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && state.value.length === 0 && <Empty>{t.km.noMajorChanges}</Empty>}
      {state.status === 'done' && state.value.length > 0 && (
        <BarChart caption={t.km.coverageCaption} valueLabel={t.km.confirmedShare}
          rows={state.value.map((s) => ({
            label: format(t.km.changeLabel, { title: s.title, number: s.version }),
            value: Math.round(s.percentage),
            note: format(t.km.confirmedOf, { confirmed: s.confirmed, readers: s.readers }),
          }))}
          format={(v) => `${v}%`} max={100} />
      )}
    </section>
  );
}
