import { reports } from '../api/endpoints';
import type { ReportView } from '../api/types';
import { href } from '../app/routes';
import { useSession } from '../app/session';
import { useFocusHeading } from '../editor/useFocusHeading';
import { useLoad } from '../editor/useLoad';
import { departmentLabel, format, formatDateTime, t } from '../i18n';
import { Alert } from '../ui/Alert';
import { problemMessage } from '../ui/problems';
import { Loading } from '../ui/States';
import { ReportActions } from './ReportActions';

/** One report with its quote, history and the steps this employee may take now (the server's hints). */
export default function ReportDetail({ id }: { id: number }) {
  const heading = useFocusHeading();
  const [state, , replace] = useLoad(() => reports.get(id), [id]);
  return (
    <div className="kms-page">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">
        {state.status === 'done' ? format(t.reports.title, { id, title: state.value.articleTitle }) : format(t.reports.heading, { id })}
      </h1>
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <Alert kind="error">{problemMessage(state.error)}</Alert>}
      {state.status === 'done' && <Details report={state.value} onChanged={replace} />}
    </div>
  );
}

function Details({ report, onChanged }: { report: ReportView; onChanged: (r: ReportView) => void }) {
  const session = useSession();
  return (
    <>
      <dl className="kms-facts">
        <div><dt>{t.reports.state}</dt><dd>{t.reportStates[report.state] ?? report.state}</dd></div>
        <div><dt>{t.reports.category}</dt><dd>{t.reportCategories[report.category] ?? report.category}</dd></div>
        <div><dt>{t.reports.department}</dt><dd>{departmentLabel(report.department)}</dd></div>
        <div><dt>{t.reports.article}</dt><dd><a className="utrecht-link" href={href.article(report.articleId)}>
          {format(t.reports.articleVersion, { title: report.articleTitle, number: report.versionNumber })}</a></dd></div>
        <div><dt>{t.reports.filed}</dt><dd>{formatDateTime(report.filedAt)}{report.reporter ? ` · ${report.reporter}` : ''}</dd></div>
        {report.assignee && <div><dt>{t.reports.assignee}</dt><dd>{report.assignee}</dd></div>}
      </dl>
      {report.quote && (
        <section aria-labelledby="kms-report-quote">
          <h2 id="kms-report-quote" className="utrecht-heading-2">{t.report.passage}</h2>
          <blockquote className="kms-quote">{report.quote.text}</blockquote>
        </section>
      )}
      <h2 className="utrecht-heading-2">{t.report.description}</h2>
      <p className="utrecht-paragraph kms-prewrap">{report.description}</p>
      {report.outcome && (
        <Alert kind="info">
          {t.reportOutcomes[report.outcome.kind] ?? report.outcome.kind}
          {report.outcome.fixedInVersion ? ` ${format(t.reports.fixedIn, { number: report.outcome.fixedInVersion })}` : ''}
          {report.outcome.note ? ` ${report.outcome.note}` : ''}
        </Alert>
      )}
      <ReportActions report={report} username={session.username} onChanged={onChanged} />
      {report.history && report.history.length > 0 && (
        <section aria-labelledby="kms-report-history">
          <h2 id="kms-report-history" className="utrecht-heading-2">{t.reports.history}</h2>
          <ol className="kms-list">
            {report.history.map((h, i) => (
              <li key={i} className="kms-list__item">
                {formatDateTime(h.at)} · {h.actor} · {t.reportTransitions[h.action] ?? h.action}
                {h.note ? `: ${h.note}` : ''}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
