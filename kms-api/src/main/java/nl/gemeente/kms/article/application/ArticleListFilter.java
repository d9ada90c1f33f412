package nl.gemeente.kms.article.application;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.gemeente.kms.workflow.VersionState;

/**
 * Which articles an overview asks for: one department or all, only those whose newest version is in
 * one of {@code newestIn} (empty: any state), and only those whose newest title contains {@code
 * titleContains}. The editor's queues ("in review", "draft") are small sets that must never be cut
 * off by the paging of the long "published" list, hence the state filter.
 */
public record ArticleListFilter(Optional<String> department, Set<VersionState> newestIn, Optional<String> titleContains) {

  public ArticleListFilter {
    Objects.requireNonNull(department);
    newestIn = Set.copyOf(newestIn);
    Objects.requireNonNull(titleContains);
  }

  public static ArticleListFilter all() {
    return new ArticleListFilter(Optional.empty(), Set.of(), Optional.empty());
  }
}
