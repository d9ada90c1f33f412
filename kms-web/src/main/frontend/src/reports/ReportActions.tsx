import { useState, type FormEvent } from 'react';
import { reports } from '../api/endpoints';
import type { ReportView } from '../api/types';
import { t } from '../i18n';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Field, selectClass, textareaClass, textboxClass } from '../ui/Field';
import { fieldMessage, problemMessage } from '../ui/problems';

type Step = 'RESOLVE' | 'REJECT' | 'ROUTE' | 'MARK_DUPLICATE';

/**
 * The steps of a report's life cycle that the server allows this employee now. One-click steps
 * (take it, start) run at once; the others open a small form whose problems appear beside its fields.
 */
export function ReportActions({ report, username, onChanged }: { report: ReportView; username: string; onChanged: (r: ReportView) => void }) {
  const [open, setOpen] = useState<Step | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const allowed = report.allowedTransitions;

  async function run(step: string, call: () => Promise<ReportView>) {
    setBusy(true);
    setError(null);
    try {
      const updated = await call();
      setOpen(null);
      setDone(step);
      onChanged(updated);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (allowed.length === 0) return done ? <Alert kind="ok">{t.reports.stepDone}</Alert> : null;
  return (
    <section className="kms-section" aria-labelledby="kms-report-actions">
      <h2 id="kms-report-actions" className="utrecht-heading-2">{t.workflow.actions}</h2>
      {done && <Alert kind="ok">{t.reports.stepDone}</Alert>}
      {error !== null && !open && <Alert kind="error">{problemMessage(error)}</Alert>}
      <div className="kms-actions">
        {allowed.includes('TRIAGE') && (
          <Button busy={busy} onClick={() => run('TRIAGE', () => reports.triage(report.id, username))}>{t.reportTransitions.TRIAGE}</Button>
        )}
        {allowed.includes('START') && (
          <Button busy={busy} onClick={() => run('START', () => reports.start(report.id))}>{t.reportTransitions.START}</Button>
        )}
        {(['RESOLVE', 'REJECT', 'ROUTE', 'MARK_DUPLICATE'] as Step[]).filter((s) => allowed.includes(s)).map((s) => (
          <Button key={s} aria-expanded={open === s} onClick={() => { setError(null); setOpen(open === s ? null : s); }}>
            {t.reportTransitions[s]}
          </Button>
        ))}
      </div>
      {open && (
        <StepForm key={open} step={open} report={report} busy={busy} error={error}
          onSubmit={(call) => run(open, call)} />
      )}
    </section>
  );
}

function StepForm({ step, report, busy, error, onSubmit }: {
  step: Step; report: ReportView; busy: boolean; error: unknown; onSubmit: (call: () => Promise<ReportView>) => void;
}) {
  const [kind, setKind] = useState('FIXED');
  const [value, setValue] = useState('');
  const [text, setText] = useState('');
  const number = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    switch (step) {
      case 'RESOLVE':
        return onSubmit(() => reports.resolve(report.id, {
          resolution: kind,
          fixVersion: kind === 'FIXED' ? number(value) : null,
          explanation: text.trim() || null,
        }));
      case 'REJECT':
        return onSubmit(() => reports.reject(report.id, text.trim()));
      case 'ROUTE':
        return onSubmit(() => reports.route(report.id, value, text.trim()));
      case 'MARK_DUPLICATE':
        return onSubmit(() => reports.duplicate(report.id, number(value) ?? -1));
    }
  }

  const other = error !== null && !['fixVersion', 'resolution', 'comment', 'explanation', 'department', 'originalReportId']
    .some((f) => fieldMessage(error, f));
  return (
    <form className="kms-step-form" onSubmit={submit} noValidate aria-label={t.reportTransitions[step]}>
      {other && <Alert kind="error">{problemMessage(error)}</Alert>}
      {step === 'RESOLVE' && (
        <Field label={t.reports.resolution} error={fieldMessage(error, 'resolution')}>
          {(ids) => (
            <select {...ids} name="resolution" className={selectClass(!!ids['aria-invalid'])} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="FIXED">{t.reportOutcomes.FIXED}</option>
              <option value="NO_CHANGE_NEEDED">{t.reportOutcomes.NO_CHANGE_NEEDED}</option>
            </select>
          )}
        </Field>
      )}
      {step === 'RESOLVE' && kind === 'FIXED' && (
        <Field label={t.reports.fixVersion} description={t.reports.fixVersionHint} error={fieldMessage(error, 'fixVersion')}>
          {(ids) => <input {...ids} name="fixVersion" inputMode="numeric" className={textboxClass(!!ids['aria-invalid'])}
            value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
      )}
      {step === 'ROUTE' && (
        <Field label={t.reports.routeTo} error={fieldMessage(error, 'department')}>
          {(ids) => (
            <select {...ids} name="department" className={selectClass(!!ids['aria-invalid'])} value={value} onChange={(e) => setValue(e.target.value)}>
              <option value="">{t.reports.chooseDepartment}</option>
              {Object.entries(t.departments).filter(([code]) => code !== report.department)
                .map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          )}
        </Field>
      )}
      {step === 'MARK_DUPLICATE' && (
        <Field label={t.reports.original} description={t.reports.originalHint} error={fieldMessage(error, 'originalReportId')}>
          {(ids) => <input {...ids} name="originalReportId" inputMode="numeric" className={textboxClass(!!ids['aria-invalid'])}
            value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
      )}
      {step !== 'MARK_DUPLICATE' && (
        <Field label={step === 'RESOLVE' ? t.reports.explanation : t.workflow.comment}
          error={fieldMessage(error, step === 'RESOLVE' ? 'explanation' : 'comment')}>
          {(ids) => <textarea {...ids} name="comment" rows={3} className={textareaClass(!!ids['aria-invalid'])}
            value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
      )}
      <Button type="submit" appearance="primary" busy={busy}>{t.reports.confirmStep}</Button>
    </form>
  );
}
