import { describe, expect, it } from 'vitest';
import { workingDaysSince } from './age';

describe('workingDaysSince', () => {
  it('counts weekdays only', () => {
    // Friday 4 December 2026 to Monday 7 December 2026: one working day
    expect(workingDaysSince('2026-12-04T10:00:00', new Date('2026-12-07T09:00:00'))).toBe(1);
    expect(workingDaysSince('2026-12-07T10:00:00', new Date('2026-12-07T16:00:00'))).toBe(0);
    expect(workingDaysSince('2026-11-30T10:00:00', new Date('2026-12-14T10:00:00'))).toBe(10);
  });
});
