import { describe, expect, it } from 'vitest';
import { locateQuote } from './quote';

describe('locateQuote', () => {
  it('finds plain text at its offsets', () => {
    const body = 'De leges zijn € 15.\n\nVerlengen kan online.';
    expect(locateQuote('Verlengen kan online', body)).toEqual({ text: 'Verlengen kan online', start: 21, end: 41 });
  });

  it('finds rendered text whose Markdown has emphasis, links and list bullets, and quotes the body', () => {
    const body = '## Mee\n\n- een **pasfoto** van de [hond](https://x.nl)\n- het chipnummer\n';
    const quote = locateQuote('een pasfoto van de hond\nhet chipnummer', body)!;
    expect(quote.text).toBe('een **pasfoto** van de [hond](https://x.nl)\n- het chipnummer');
    expect(body.substring(quote.start, quote.end)).toBe(quote.text);
  });

  it('gives nothing for text that is not in the body, or is there twice', () => {
    expect(locateQuote('kort antwoord', 'De uitleg.')).toBeNull();
    expect(locateQuote('online', 'Kan **online**. Of online.')).not.toBeNull();
    expect(locateQuote('on line', 'on *line* en on _line_')).toBeNull();
  });
});
