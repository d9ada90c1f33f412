import { t } from '../i18n';
import { Field, selectClass, textareaClass, textboxClass } from '../ui/Field';
import { fieldMessage } from '../ui/problems';
import type { FormValues } from './formValues';
import { MarkdownField } from './MarkdownField';
import { QuestionAnswersField } from './QuestionAnswersField';

export const CONTENT_FIELDS = ['title', 'shortAnswer', 'body', 'keywords', 'questionAnswers', 'changeSummary', 'changeLevel', 'validFrom', 'validUntil'];

interface Props {
  values: FormValues;
  onChange: (patch: Partial<FormValues>) => void;
  error: unknown;
}

/** The structured fields of a version, each with the server's message for it right beside it. */
export function ContentFields({ values, onChange, error }: Props) {
  const err = (field: string) => fieldMessage(error, field);
  return (
    <>
      <Field label={t.form.title} error={err('title')}>
        {(ids) => <input {...ids} name="title" className={textboxClass(!!err('title'))} value={values.title} onChange={(e) => onChange({ title: e.target.value })} />}
      </Field>
      <Field label={t.form.shortAnswer} description={t.form.shortAnswerHint} error={err('shortAnswer')}>
        {(ids) => <textarea {...ids} name="shortAnswer" rows={3} className={textareaClass(!!err('shortAnswer'))} value={values.shortAnswer} onChange={(e) => onChange({ shortAnswer: e.target.value })} />}
      </Field>
      <MarkdownField value={values.body} onChange={(body) => onChange({ body })} error={err('body')} />
      <Field label={t.form.keywords} description={t.form.keywordsHint} error={err('keywords') ?? firstIndexed(error, 'keywords')}>
        {(ids) => <input {...ids} name="keywords" className={textboxClass(!!err('keywords'))} value={values.keywords} onChange={(e) => onChange({ keywords: e.target.value })} />}
      </Field>
      <QuestionAnswersField value={values.questionAnswers} onChange={(questionAnswers) => onChange({ questionAnswers })} error={error} />
      <Field label={t.form.changeSummary} error={err('changeSummary')}>
        {(ids) => <input {...ids} name="changeSummary" className={textboxClass(!!err('changeSummary'))} value={values.changeSummary} onChange={(e) => onChange({ changeSummary: e.target.value })} />}
      </Field>
      <Field label={t.form.changeLevel} error={err('changeLevel')}>
        {(ids) => (
          <select {...ids} name="changeLevel" className={selectClass(!!err('changeLevel'))} value={values.changeLevel}
            onChange={(e) => onChange({ changeLevel: e.target.value === 'MINOR' ? 'MINOR' : 'MAJOR' })}>
            <option value="MAJOR">{t.form.changeMajor}</option>
            <option value="MINOR">{t.form.changeMinor}</option>
          </select>
        )}
      </Field>
      <div className="kms-dates">
        <Field label={t.form.validFrom} description={t.form.validFromHint} error={err('validFrom')}>
          {(ids) => <input {...ids} name="validFrom" type="date" className={textboxClass(!!err('validFrom'))} value={values.validFrom} onChange={(e) => onChange({ validFrom: e.target.value })} />}
        </Field>
        <Field label={t.form.validUntil} error={err('validUntil')}>
          {(ids) => <input {...ids} name="validUntil" type="date" className={textboxClass(!!err('validUntil'))} value={values.validUntil} onChange={(e) => onChange({ validUntil: e.target.value })} />}
        </Field>
      </div>
    </>
  );
}

/** keywords[3] errors belong to the one keywords box. */
function firstIndexed(error: unknown, field: string): string | undefined {
  for (let i = 0; i < 30; i++) {
    const message = fieldMessage(error, `${field}[${i}]`);
    if (message) return message;
  }
  return undefined;
}
