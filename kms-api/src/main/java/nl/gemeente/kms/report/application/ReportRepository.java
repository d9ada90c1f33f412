package nl.gemeente.kms.report.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.gemeente.kms.schema.report.InconsistencyReport;
import nl.gemeente.kms.workflow.report.ReportState;

/** Where reports are kept. Lookups return {@link Optional}; nothing here decides who may see what. */
public interface ReportRepository {

  void add(InconsistencyReport report);

  Optional<InconsistencyReport> find(long id);

  /** Locks the report row for the rest of the transaction: of two triages at once, the second finds it triaged. */
  Optional<InconsistencyReport> findForUpdate(long id);

  /** Newest first; a null filter matches everything. */
  List<InconsistencyReport> list(String department, ReportState state);

  /** Newest first. */
  List<InconsistencyReport> filedBy(String reporter);

  /** Every report for the statistics, optionally only of one department or of some articles (empty: all). */
  List<InconsistencyReport> forStatistics(String department, Collection<Long> articleIds);

  void flush();
}
