import type { ReportView } from '../api/types';
import { href } from '../app/routes';
import { departmentLabel, format, formatDateTime, t } from '../i18n';
import { workingDaysSince } from './age';

/**
 * Reports as a table: what, where, state and age. `overdue` holds the ids the server's dashboard
 * counts as past the SLA (knowledge managers only; editors see the age).
 */
export function ReportTable({ reports, overdue, caption }: { reports: ReportView[]; overdue?: Set<number>; caption: string }) {
  return (
    <div className="kms-table-wrap">
      <table className="utrecht-table kms-table">
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t.reports.report}</th>
            <th className="utrecht-table__header-cell" scope="col">{t.reports.category}</th>
            <th className="utrecht-table__header-cell" scope="col">{t.reports.department}</th>
            <th className="utrecht-table__header-cell" scope="col">{t.reports.state}</th>
            <th className="utrecht-table__header-cell" scope="col">{t.reports.filed}</th>
            <th className="utrecht-table__header-cell" scope="col">{t.reports.age}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {reports.map((r) => {
            const open = ['OPEN', 'TRIAGED', 'IN_PROGRESS'].includes(r.state);
            const late = overdue?.has(r.id);
            return (
              <tr key={r.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <a className="utrecht-link" href={href.report(r.id)}>{format(t.reports.title, { id: r.id, title: r.articleTitle })}</a>
                </td>
                <td className="utrecht-table__cell">{t.reportCategories[r.category] ?? r.category}</td>
                <td className="utrecht-table__cell">{departmentLabel(r.department)}</td>
                <td className="utrecht-table__cell">{t.reportStates[r.state] ?? r.state}</td>
                <td className="utrecht-table__cell">{formatDateTime(r.filedAt)}</td>
                <td className="utrecht-table__cell">
                  {open ? format(t.reports.ageDays, { days: workingDaysSince(r.filedAt) }) : '—'}
                  {late && <strong className="kms-late"> {t.reports.late}</strong>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
