/**
 * A horizontal bar chart as a table: the numbers are the table's cells (read by screen readers and
 * kept when printing), the bars are an aria-hidden SVG beside them. No chart library: this is all
 * the knowledge manager's screens need, and the agent's bundle stays small either way.
 */
export function BarChart({ caption, rows, valueLabel, format = String, max }: {
  caption: string;
  rows: { label: string; value: number; note?: string }[];
  valueLabel: string;
  format?: (value: number) => string;
  /** The value of a full bar; the largest value when not given. */
  max?: number;
}) {
  const full = max ?? Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="utrecht-table kms-chart">
      <caption className="utrecht-table__caption">{caption}</caption>
      <thead className="utrecht-table__header kms-visually-hidden">
        <tr className="utrecht-table__row">
          <th scope="col" className="utrecht-table__header-cell">{caption}</th>
          <th scope="col" className="utrecht-table__header-cell">{valueLabel}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((r) => (
          <tr key={r.label} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__cell kms-chart__label">{r.label}</th>
            <td className="utrecht-table__cell kms-chart__value">
              <svg aria-hidden="true" focusable="false" className="kms-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none">
                <rect x="0" y="0" height="10" width={Math.min(100, (100 * r.value) / full)} />
              </svg>
              <span>{format(r.value)}{r.note ? ` ${r.note}` : ''}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
