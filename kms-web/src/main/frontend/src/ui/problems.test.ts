import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { t } from '../i18n';
import { fieldMessage, problemMessage, unplacedFieldMessages } from './problems';

const invalid = new ApiError(400, {
  status: 400,
  type: 'https://kms.gemeente.nl/problems/invalid-article',
  errors: [
    { field: 'title', rule: 'required', message: 'title is required' },
    { field: 'body', rule: 'unsafe-markup', message: 'The body contains markup that is not allowed: <script' },
    { field: 'mystery', rule: 'odd', message: 'server text' },
  ],
});

describe('problem messages', () => {
  it('puts a Dutch message next to the field the server named', () => {
    expect(fieldMessage(invalid, 'title')).toBe(t.rules.required);
    expect(fieldMessage(invalid, 'body')).toBe(t.rules['unsafe-markup']);
    expect(fieldMessage(invalid, 'shortAnswer')).toBeUndefined();
  });

  it('keeps errors for fields the form does not have, with the server text for unknown rules', () => {
    expect(unplacedFieldMessages(invalid, ['title', 'body'])).toEqual(['mystery: server text']);
  });

  it('chooses the message by problem type and shows a 5xx reference', () => {
    const stale = new ApiError(412, { status: 412, type: 'https://kms.gemeente.nl/problems/stale-version' });
    expect(problemMessage(stale)).toBe(t.problems['stale-version']);
    const internal = new ApiError(500, { status: 500, type: 'https://kms.gemeente.nl/problems/internal', reference: 'abc' });
    expect(problemMessage(internal)).toContain('abc');
    expect(problemMessage(new ApiError(0, { status: 0 }))).toBe(t.app.networkError);
  });
});
