import { departmentLabel, format, t } from '../i18n';
import { searchMemory } from './searchMemory';

/**
 * Filter by department. The counts are the search API's facets once it serves them; until then
 * they count the departments of the unfiltered results, which is what the agent sees anyway.
 */
export function DepartmentFacet({ value, onChange }: { value: string | null; onChange: (d: string | null) => void }) {
  const counts = searchMemory.departmentCounts;
  const codes = Object.keys(counts).sort((a, b) => departmentLabel(a).localeCompare(departmentLabel(b)));
  if (codes.length === 0 && value === null) return null;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kms-facet">
      <legend className="utrecht-form-fieldset__legend kms-facet__legend">{t.search.facetLegend}</legend>
      <div className="kms-facet__options">
        <Option label={t.search.facetAll} checked={value === null} onSelect={() => onChange(null)} />
        {codes.map((code) => (
          <Option key={code} checked={value === code} onSelect={() => onChange(code)}
            label={format(t.search.facetCount, { label: departmentLabel(code), count: counts[code] })} />
        ))}
      </div>
    </fieldset>
  );
}

function Option({ label, checked, onSelect }: { label: string; checked: boolean; onSelect: () => void }) {
  return (
    <label className="kms-facet__option">
      <input type="radio" name="kms-department" className="utrecht-radio-button utrecht-radio-button--html-input"
        checked={checked} onChange={onSelect} />
      {label}
    </label>
  );
}
