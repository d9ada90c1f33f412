import { describe, expect, it } from 'vitest';
import { emptyForm, toContent } from './formValues';

describe('toContent', () => {
  it('splits keywords on commas and drops empty ones', () => {
    expect(toContent({ ...emptyForm, keywords: ' paspoort, ,reisdocument ,' }).keywords).toEqual(['paspoort', 'reisdocument']);
  });

  it('sends empty dates as null so the server sees "no date", not an invalid one', () => {
    const content = toContent({ ...emptyForm, validFrom: '', validUntil: '2027-01-01' });
    expect(content.validFrom).toBeNull();
    expect(content.validUntil).toBe('2027-01-01');
  });
});
