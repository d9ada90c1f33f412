import { describe, expect, it } from 'vitest';
import { highlightToHtml } from './highlight';

describe('highlightToHtml', () => {
  it('keeps the <em> of a search highlight', () => {
    expect(highlightToHtml('een <em>paspoort</em> aanvragen')).toBe('een <em>paspoort</em> aanvragen');
  });

  it('escapes every other tag, so article text can never become markup', () => {
    expect(highlightToHtml('<em>a</em><img src=x onerror=alert(1)> & "b"')).toBe(
      '<em>a</em>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;b&quot;',
    );
  });

  it('does not accept <em> with attributes', () => {
    expect(highlightToHtml('<em onclick="x">a</em>')).toBe('&lt;em onclick=&quot;x&quot;&gt;a</em>');
  });
});
