import type { Session } from '../api/types';
import { departmentLabel, t } from '../i18n';
import { Field, selectClass, textboxClass } from '../ui/Field';
import { fieldMessage } from '../ui/problems';

export interface NewArticleValues {
  department: string;
  audience: string;
  slug: string;
}

/** What is chosen once, when an article is created: its department, audience and address name. */
export function NewArticleFields(props: { session: Session; values: NewArticleValues; onChange: (p: Partial<NewArticleValues>) => void; error: unknown }) {
  const { session, values, onChange, error } = props;
  // knowledge managers write for every department; editors for their own
  const departments = session.departments.length ? session.departments : Object.keys(t.departments);
  return (
    <>
      <Field label={t.form.department} error={fieldMessage(error, 'department')}>
        {(ids) => (
          <select {...ids} name="department" className={selectClass(!!fieldMessage(error, 'department'))} value={values.department}
            onChange={(e) => onChange({ department: e.target.value })}>
            {!values.department && <option value="">—</option>}
            {departments.map((d) => <option key={d} value={d}>{departmentLabel(d)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t.form.audience} error={fieldMessage(error, 'audience')}>
        {(ids) => (
          <select {...ids} name="audience" className={selectClass(false)} value={values.audience} onChange={(e) => onChange({ audience: e.target.value })}>
            <option value="INTERNAL">{t.form.audienceInternal}</option>
            <option value="PUBLIC">{t.form.audiencePublic}</option>
          </select>
        )}
      </Field>
      <Field label={t.form.slug} description={t.form.slugHint} error={fieldMessage(error, 'slug')}>
        {(ids) => <input {...ids} name="slug" className={textboxClass(!!fieldMessage(error, 'slug'))} value={values.slug} onChange={(e) => onChange({ slug: e.target.value })} />}
      </Field>
    </>
  );
}
