import { href, type KmSection } from '../app/routes';
import { useFocusHeading } from '../editor/useFocusHeading';
import { t } from '../i18n';
import { AllReports } from './AllReports';
import { Dashboard } from './Dashboard';
import { SearchAnalytics } from './SearchAnalytics';
import { Synonyms } from './Synonyms';

const SECTIONS: KmSection[] = ['dashboard', 'reports', 'analytics', 'synonyms'];

/** The knowledge manager's workspace: the dashboard, every report, search analytics and synonyms. */
export default function KmWorkspace({ section }: { section: KmSection }) {
  const heading = useFocusHeading();
  return (
    <div className="kms-page">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{t.km.heading}</h1>
      <nav aria-label={t.km.sections}>
        <ul className="kms-subnav">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a className="utrecht-link kms-subnav__link" href={href.km(s)} aria-current={s === section ? 'page' : undefined}>{t.km.sectionLabels[s]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'dashboard' && <Dashboard />}
      {section === 'reports' && <AllReports />}
      {section === 'analytics' && <SearchAnalytics />}
      {section === 'synonyms' && <Synonyms />}
    </div>
  );
}
