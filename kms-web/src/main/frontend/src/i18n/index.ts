import { nl, type Messages } from './nl';

// One catalogue is active; adding English means adding en.ts of type Messages and choosing it here.
export const t: Messages = nl;
export const locale = 'nl-NL';

/** Fills {name} placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export function departmentLabel(code: string): string {
  return t.departments[code] ?? code;
}

export function stateLabel(state: string): string {
  return t.states[state] ?? state;
}

const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });

/** "2027-01-01" → "1 januari 2027"; dates are calendar days, so no time zone may shift them. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return dateFormat.format(new Date(y, m - 1, d));
}

export function notificationTypeLabel(type: string): string {
  return t.notificationTypes[type] ?? type;
}

const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

/** An instant ("2026-12-02T15:07:00Z") in the desk's own time zone. */
export function formatDateTime(instant: string | null | undefined): string {
  return instant ? dateTimeFormat.format(new Date(instant)) : '';
}
