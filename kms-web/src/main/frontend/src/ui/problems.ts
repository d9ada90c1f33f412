import { ApiError } from '../api/http';
import { format, t } from '../i18n';

// Problem responses carry English server texts; the interface speaks Dutch, so messages are chosen
// by the stable problem type and field rule, with the server's text only as a last resort.

function typeSlug(type: string | undefined): string {
  return type ? type.substring(type.lastIndexOf('/') + 1) : '';
}

/** One sentence for a failed call, for an alert above the form or beside a button. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return t.app.genericError;
  if (error.status === 0) return t.app.networkError;
  if (error.status === 401) return t.app.sessionExpired;
  const slug = typeSlug(error.problem.type);
  let message = t.problems[slug] ?? error.problem.detail ?? t.app.genericError;
  if (slug === 'rule-violation' && error.problem.detail) message = `${message} ${error.problem.detail}`;
  if (error.problem.reference) message = `${message} ${format(t.app.reference, { reference: error.problem.reference })}`;
  return message;
}

/** The message for one field of the form, or undefined when the problem does not concern it. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const found = error.problem.errors?.find((e) => e.field === field);
  if (!found) return undefined;
  return t.rules[found.rule] ?? found.message;
}

/** Field errors the form has no field for (so they are not silently dropped). */
export function unplacedFieldMessages(error: unknown, placed: string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .filter((e) => !placed.includes(e.field))
    .map((e) => `${t.fields[e.field] ?? e.field}: ${t.rules[e.rule] ?? e.message}`);
}
