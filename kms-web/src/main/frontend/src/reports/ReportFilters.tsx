import { useId } from 'react';
import { t } from '../i18n';
import { selectClass } from '../ui/Field';

export interface Filter {
  department: string;
  state: string;
}

/** Department and state filters of a report list; applied on change, the list reloads itself. */
export function ReportFilters({ filter, departments, onChange }: { filter: Filter; departments: string[]; onChange: (f: Filter) => void }) {
  const id = useId();
  return (
    <div className="kms-inline-form">
      <label className="utrecht-form-label" htmlFor={`${id}-d`}>{t.reports.department}</label>
      <select id={`${id}-d`} className={selectClass(false)} value={filter.department}
        onChange={(e) => onChange({ ...filter, department: e.target.value })}>
        <option value="">{t.reports.allDepartments}</option>
        {departments.map((d) => <option key={d} value={d}>{t.departments[d] ?? d}</option>)}
      </select>
      <label className="utrecht-form-label" htmlFor={`${id}-s`}>{t.reports.state}</label>
      <select id={`${id}-s`} className={selectClass(false)} value={filter.state}
        onChange={(e) => onChange({ ...filter, state: e.target.value })}>
        <option value="">{t.reports.allStates}</option>
        {Object.entries(t.reportStates).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
      </select>
    </div>
  );
}
