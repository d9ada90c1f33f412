package nl.gemeente.kms.exchange.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.gemeente.kms.article.application.ArticleRepository;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.exchange.format.ParsedRecord;
import nl.gemeente.kms.exchange.report.ImportProblem;
import nl.gemeente.kms.exchange.report.RecordValidator;
import nl.gemeente.kms.schema.article.Article;
import nl.gemeente.kms.schema.identity.Department;

/**
 * What only the server can check before writing: this instance's departments, and whether a
 * record would collide with an article already here (a slug taken by another article, an article
 * of another department with the same id). Reported in the dry run like any other problem.
 */
@ApplicationScoped
@Transactional
public class ImportChecks {

  @Inject ArticleRepository articles;
  @Inject ArticleImporter importer;

  public Set<String> departments() {
    return articles.departments().stream().map(Department::code).collect(Collectors.toSet());
  }

  public boolean isDepartment(String code) {
    return articles.department(code).isPresent();
  }

  public RecordValidator.Checked against(RecordValidator.Checked checked) {
    if (checked.verdict() != RecordValidator.Verdict.VALID) {
      return checked;
    }
    ParsedRecord parsed = checked.parsed();
    ArticleRecord r = parsed.record().orElseThrow();
    List<ImportProblem> found = new ArrayList<>();
    Optional<Article> existing = importer.existing(r);
    String file = parsed.location().file();
    if (existing.isPresent() && !existing.get().department().equals(r.department())) {
      found.add(ImportProblem.error(file, parsed.lines().of("department"), "department", "moved", "article "
          + r.externalId() + " already exists in " + existing.get().department() + "; an import does not move articles"));
    }
    if (existing.isEmpty() && r.slug() != null) {
      articles.findBySlug(r.slug()).ifPresent(other -> found.add(ImportProblem.error(file, parsed.lines().of("slug"), "slug",
          "slug-taken", "the slug " + r.slug() + " is already used by article " + other.id()
              + other.externalId().map(id -> " (externalId " + id + ")").orElse(" (no externalId)"))));
    }
    if (found.isEmpty()) {
      return checked;
    }
    found.addAll(0, checked.problems());
    return new RecordValidator.Checked(parsed, RecordValidator.Verdict.INVALID, found);
  }
}
