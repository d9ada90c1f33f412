import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './routes';

describe('parseRoute', () => {
  it('reads every screen back from the links the app makes', () => {
    expect(parseRoute(href.article(12))).toEqual({ screen: 'article', id: 12 });
    expect(parseRoute(href.edit(3, 2))).toEqual({ screen: 'edit', id: 3, version: 2 });
    expect(parseRoute(href.review(3, 2))).toEqual({ screen: 'review', id: 3, version: 2 });
    expect(parseRoute(href.newArticle())).toEqual({ screen: 'new-article' });
    expect(parseRoute(href.km())).toEqual({ screen: 'km', section: 'dashboard' });
    expect(parseRoute(href.km('synonyms'))).toEqual({ screen: 'km', section: 'synonyms' });
    expect(parseRoute(href.km('reports'))).toEqual({ screen: 'km', section: 'reports' });
    expect(parseRoute(href.inbox())).toEqual({ screen: 'inbox' });
    expect(parseRoute(href.reportQueue())).toEqual({ screen: 'report-queue' });
    expect(parseRoute(href.report(7))).toEqual({ screen: 'report', id: 7 });
    expect(parseRoute('')).toEqual({ screen: 'home' });
  });

  it('treats malformed addresses as unknown rather than guessing', () => {
    expect(parseRoute('#/artikel/abc')).toEqual({ screen: 'unknown' });
    expect(parseRoute('#/redactie/artikel/1/versie/x')).toEqual({ screen: 'unknown' });
    expect(parseRoute('#/kennisbeheer/onbekend')).toEqual({ screen: 'unknown' });
  });
});
