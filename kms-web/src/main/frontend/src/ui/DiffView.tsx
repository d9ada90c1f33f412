import type { DiffRow, Segment, VersionComparison } from '../api/types';
import { format, t } from '../i18n';

/** Two versions side by side: changed fields, then the body block by block with word changes marked. */
export function DiffView({ comparison, onlyChanges = false }: { comparison: VersionComparison; onlyChanges?: boolean }) {
  const rows = onlyChanges ? comparison.body.rows.filter((r) => r.kind !== 'UNCHANGED') : comparison.body.rows;
  const { added, removed, changed } = comparison.body;
  // the body has its own block-by-block table below
  const fields = comparison.fields.filter((f) => f.field !== 'body');
  return (
    <div className="kms-diff">
      {fields.length > 0 && (
        <dl className="kms-diff__fields" aria-label={t.review.fields}>
          {fields.map((f) => (
            <div key={f.field} className="kms-diff__field">
              <dt>{t.fields[f.field] ?? f.field}</dt>
              <dd>
                {f.oldValue && <del className="kms-del"><Hidden text={t.review.deleted} />{f.oldValue}</del>}
                {f.newValue && <ins className="kms-ins"><Hidden text={t.review.inserted} />{f.newValue}</ins>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="utrecht-paragraph">{format(t.review.bodyChanges, { added, removed, changed })}</p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t.review.noChanges}</p>
      ) : (
        <div className="utrecht-table-container kms-diff__scroll">
          <table className="utrecht-table utrecht-table--html-table kms-diff__table">
            <caption className="kms-visually-hidden">{t.article.whatChanged}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{format(t.review.oldSide, { number: comparison.from })}</th>
                <th scope="col" className="utrecht-table__header-cell">{format(t.review.newSide, { number: comparison.to })}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {rows.map((row, i) => (
                <Row key={i} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Row({ row }: { row: DiffRow }) {
  return (
    <tr className={`utrecht-table__row kms-diff__row kms-diff__row--${row.kind.toLowerCase()}`}>
      <td className="utrecht-table__cell kms-diff__cell">{row.oldSegments.map(segment)}</td>
      <td className="utrecht-table__cell kms-diff__cell">{row.newSegments.map(segment)}</td>
    </tr>
  );
}

function segment(s: Segment, i: number) {
  switch (s.kind) {
    case 'SAME':
      return <span key={i}>{s.text}</span>;
    case 'INSERTED':
      return <ins key={i} className="kms-ins"><Hidden text={t.review.inserted} />{s.text}</ins>;
    case 'DELETED':
      return <del key={i} className="kms-del"><Hidden text={t.review.deleted} />{s.text}</del>;
  }
}

// ins/del are not announced by most screen readers, so the change is said in words as well
function Hidden({ text }: { text: string }) {
  return <span className="kms-visually-hidden">{`${text}: `}</span>;
}
