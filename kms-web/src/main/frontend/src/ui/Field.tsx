import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: string;
  description?: string;
  error?: string;
  /** Renders the control with the ids it must carry so the label, hint and error belong to it. */
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/** A labelled form field in the Utrecht layout, with its server-side error right beside it. */
export function Field({ label, description, error, children }: FieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {error}
        </div>
      )}
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      </div>
    </div>
  );
}

export const textboxClass = (invalid: boolean) =>
  `utrecht-textbox utrecht-textbox--html-input${invalid ? ' utrecht-textbox--invalid' : ''}`;
export const textareaClass = (invalid: boolean) =>
  `utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`;
export const selectClass = (invalid: boolean) =>
  `utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`;
