import type { QuestionAnswer } from '../api/types';
import { format, t } from '../i18n';
import { Button } from '../ui/Button';
import { Field, textareaClass, textboxClass } from '../ui/Field';
import { fieldMessage } from '../ui/problems';

/** Repeating question/answer pairs; errors arrive as questionAnswers[i].question and are shown per pair. */
export function QuestionAnswersField(props: { value: QuestionAnswer[]; onChange: (v: QuestionAnswer[]) => void; error: unknown }) {
  const { value, onChange, error } = props;
  const update = (i: number, patch: Partial<QuestionAnswer>) => onChange(value.map((qa, j) => (j === i ? { ...qa, ...patch } : qa)));
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kms-qa-field">
      <legend className="utrecht-form-fieldset__legend">{t.form.questionAnswers}</legend>
      {fieldMessage(error, 'questionAnswers') && (
        <p className="utrecht-form-field-error-message">{fieldMessage(error, 'questionAnswers')}</p>
      )}
      {value.map((qa, i) => (
        <div key={i} className="kms-qa-field__pair">
          <Field label={format(t.form.question, { number: i + 1 })} error={fieldMessage(error, `questionAnswers[${i}].question`)}>
            {(ids) => <input {...ids} className={textboxClass(false)} value={qa.question} onChange={(e) => update(i, { question: e.target.value })} />}
          </Field>
          <Field label={format(t.form.answer, { number: i + 1 })} error={fieldMessage(error, `questionAnswers[${i}].answer`)}>
            {(ids) => <textarea {...ids} className={textareaClass(false)} rows={3} value={qa.answer} onChange={(e) => update(i, { answer: e.target.value })} />}
          </Field>
          <Button appearance="subtle" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {format(t.form.removeQuestion, { number: i + 1 })}
          </Button>
        </div>
      ))}
      <Button onClick={() => onChange([...value, { question: '', answer: '' }])}>{t.form.addQuestion}</Button>
    </fieldset>
  );
}
