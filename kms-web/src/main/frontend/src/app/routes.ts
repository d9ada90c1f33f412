import { useEffect, useState } from 'react';

// Hash routes keep every screen one static index.html: the server needs no fallback rule, and
// back/forward and bookmarks work. The hash names are Dutch because people see them.

export type Route =
  | { screen: 'search' }
  | { screen: 'article'; id: number }
  | { screen: 'editor' }
  | { screen: 'new-article' }
  | { screen: 'edit'; id: number; version: number }
  | { screen: 'review'; id: number; version: number }
  | { screen: 'km'; section: KmSection }
  | { screen: 'inbox' }
  | { screen: 'report-queue' }
  | { screen: 'report'; id: number }
  | { screen: 'home' }
  | { screen: 'unknown' };

export type KmSection = 'dashboard' | 'reports' | 'analytics' | 'synonyms';
const KM_SECTIONS: Record<string, KmSection> = {
  meldingen: 'reports',
  zoekstatistieken: 'analytics',
  synoniemen: 'synonyms',
};

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').split('?')[0];
  const parts = path.split('/').filter(Boolean);
  const num = (s: string | undefined) => (s && /^\d+$/.test(s) ? Number(s) : NaN);
  switch (parts[0]) {
    case undefined:
      return { screen: 'home' };
    case 'zoeken':
      return { screen: 'search' };
    case 'artikel':
      return Number.isFinite(num(parts[1])) ? { screen: 'article', id: num(parts[1]) } : { screen: 'unknown' };
    case 'redactie':
      return parseEditorRoute(parts.slice(1), num);
    case 'kennisbeheer':
      if (!parts[1]) return { screen: 'km', section: 'dashboard' };
      return KM_SECTIONS[parts[1]] ? { screen: 'km', section: KM_SECTIONS[parts[1]] } : { screen: 'unknown' };
    case 'berichten':
      return { screen: 'inbox' };
    case 'melding':
      return Number.isFinite(num(parts[1])) ? { screen: 'report', id: num(parts[1]) } : { screen: 'unknown' };
    default:
      return { screen: 'unknown' };
  }
}

function parseEditorRoute(parts: string[], num: (s: string | undefined) => number): Route {
  if (parts.length === 0) return { screen: 'editor' };
  if (parts[0] === 'nieuw') return { screen: 'new-article' };
  if (parts[0] === 'meldingen' && parts.length === 1) return { screen: 'report-queue' };
  const id = num(parts[1]);
  const version = num(parts[3]);
  if (parts[0] === 'artikel' && parts[2] === 'versie' && Number.isFinite(id) && Number.isFinite(version)) {
    return parts[4] === 'review' ? { screen: 'review', id, version } : { screen: 'edit', id, version };
  }
  return { screen: 'unknown' };
}

export const href = {
  search: () => '#/zoeken',
  article: (id: number) => `#/artikel/${id}`,
  editor: () => '#/redactie',
  newArticle: () => '#/redactie/nieuw',
  edit: (id: number, version: number) => `#/redactie/artikel/${id}/versie/${version}`,
  review: (id: number, version: number) => `#/redactie/artikel/${id}/versie/${version}/review`,
  km: (section: KmSection = 'dashboard') =>
    section === 'dashboard' ? '#/kennisbeheer' : `#/kennisbeheer/${Object.keys(KM_SECTIONS).find((k) => KM_SECTIONS[k] === section)}`,
  inbox: () => '#/berichten',
  reportQueue: () => '#/redactie/meldingen',
  report: (id: number) => `#/melding/${id}`,
};

export function navigate(hash: string) {
  window.location.hash = hash;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
