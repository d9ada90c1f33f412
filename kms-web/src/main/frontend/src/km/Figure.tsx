/** One key figure: a large number with what it counts. */
export function Figure({ value, label }: { value: string | number; label: string }) {
  return (
    <div className="kms-figure">
      <span className="kms-figure__value">{value}</span>
      <span className="kms-figure__label">{label}</span>
    </div>
  );
}
