/**
 * Whole working days (Monday to Friday) between filing and now, as the report SLA counts them.
 * Public holidays are not taken into account, as on the server's dashboard.
 */
export function workingDaysSince(instant: string, now: Date = new Date()): number {
  const day = new Date(instant);
  day.setHours(0, 0, 0, 0);
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  let days = 0;
  while (day < today) {
    day.setDate(day.getDate() + 1);
    const weekday = day.getDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}
