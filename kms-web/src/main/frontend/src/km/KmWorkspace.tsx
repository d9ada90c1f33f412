import { OverdueList } from '../editor/OverdueList';
import { useFocusHeading } from '../editor/useFocusHeading';
import { t } from '../i18n';

/**
 * The knowledge manager's first screen: overdue reviews across all departments, and the parts
 * still being built named as such — no sample figures that could be mistaken for real ones.
 */
export default function KmWorkspace() {
  const heading = useFocusHeading();
  const coming = [t.km.reports, t.km.analytics, t.km.synonyms];
  return (
    <div className="kms-page">
      <h1 ref={heading} tabIndex={-1} className="utrecht-heading-1">{t.km.heading}</h1>
      <p className="utrecht-paragraph">{t.km.intro}</p>
      <OverdueList />
      <section className="kms-section" aria-labelledby="kms-coming">
        <h2 id="kms-coming" className="utrecht-heading-2">{t.km.comingHeading}</h2>
        <ul className="kms-list">
          {coming.map((label) => (
            <li key={label} className="kms-list__item">
              {label} <span className="kms-list__meta">({t.km.notYet})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
