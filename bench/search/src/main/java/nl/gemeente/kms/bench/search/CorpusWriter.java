package nl.gemeente.kms.bench.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.exchange.corpus.CorpusGenerator;
import nl.gemeente.kms.exchange.format.ArticleRecord;
import nl.gemeente.kms.workflow.ArticleContent;

/**
 * Writes the generated corpus straight into the bench server's database: each article with one
 * PUBLISHED version, as the importer would leave it, but with batched inserts instead of the
 * workflow (which takes 6–40 articles/s, so 100,000 articles would take hours). The benchmark
 * measures search and reindex, not the import; the index is filled afterwards by a reindex.
 * Only the bench does this: no endpoint in the application writes articles past the workflow.
 */
final class CorpusWriter {

  static final String AUTHOR = "bench:corpus";
  private static final int BATCH = 1000;

  private CorpusWriter() {}

  /** Adds articles until {@code count} of this generator's exist; earlier runs' articles are kept. */
  static long load(String jdbcUrl, CorpusGenerator generator, long count, PrintStream out) throws SQLException {
    String firstId = generator.article(1).externalId();
    String prefix = firstId.substring(0, firstId.lastIndexOf('-') + 1);
    try (Connection db = DriverManager.getConnection(jdbcUrl, "kms", "")) {
      db.setAutoCommit(false);
      long present = count(db, "select count(*) from article where external_id like ?", prefix + "%");
      if (present >= count) {
        return present;
      }
      long started = System.nanoTime();
      // ids given here, so an article and its version go in one batch each; the identity restarts after them
      long nextId = count(db, "select coalesce(max(id), 0) from article", null) + 1;
      long nextVersionId = count(db, "select coalesce(max(id), 0) from article_version", null) + 1;
      Timestamp now = Timestamp.from(Instant.now());
      try (PreparedStatement article = db.prepareStatement("insert into article (id, slug, department_code, audience,"
              + " external_id, source_url, created_by, created_at, last_reviewed, lock_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
          PreparedStatement topic = db.prepareStatement("insert into article_topic (article_id, topic) values (?, ?)");
          PreparedStatement version = db.prepareStatement("insert into article_version (id, article_id, version_no, state,"
              + " title, short_answer, body, keywords, question_answers, change_summary, change_level, valid_from, valid_until,"
              + " author, created_at, updated_at, reviewer, review_comment, live_from, live_until, lock_version)"
              + " values (?, ?, 1, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, null, 0)")) {
        for (long n = present + 1; n <= count; n++) {
          ArticleRecord r = generator.article(n);
          long id = nextId++;
          addArticle(article, id, r, now);
          for (String t : r.topics()) {
            topic.setLong(1, id);
            topic.setString(2, t);
            topic.addBatch();
          }
          addVersion(version, nextVersionId++, id, r.content(), now);
          if (n % BATCH == 0 || n == count) {
            article.executeBatch();
            topic.executeBatch();
            version.executeBatch();
            db.commit();
          }
          if (n % 20_000 == 0) {
            out.printf("written %,d of %,d articles%n", n, count);
          }
        }
      }
      try (Statement s = db.createStatement()) {
        s.execute("alter table article alter column id restart with " + nextId);
        s.execute("alter table article_version alter column id restart with " + nextVersionId);
      }
      db.commit();
      out.printf("wrote %,d articles into the database in %.1f s%n", count - present, (System.nanoTime() - started) / 1e9);
      return count;
    }
  }

  private static void addArticle(PreparedStatement s, long id, ArticleRecord r, Timestamp now) throws SQLException {
    s.setLong(1, id);
    s.setString(2, r.slug());
    s.setString(3, r.department());
    s.setString(4, r.audience().name());
    s.setString(5, r.externalId());
    s.setString(6, r.sourceUrl());
    s.setString(7, AUTHOR);
    s.setTimestamp(8, now);
    s.setObject(9, LocalDate.now());
    s.addBatch();
  }

  private static void addVersion(PreparedStatement s, long id, long articleId, ArticleContent c, Timestamp now)
      throws SQLException {
    s.setLong(1, id);
    s.setLong(2, articleId);
    s.setString(3, c.title());
    s.setString(4, c.shortAnswer());
    s.setString(5, ArticleRecord.normalizeBody(c.body()));
    // the JSON shapes of the entity's converters: a string array, and {question, answer} objects
    s.setString(6, json(c.keywords()));
    s.setString(7, json(c.questionAnswers().stream().map(qa -> Map.of("question", qa.question(), "answer", qa.answer())).toList()));
    s.setString(8, c.changeSummary());
    s.setString(9, c.changeLevel().name());
    setDate(s, 10, c.validFrom());
    setDate(s, 11, c.validUntil());
    s.setString(12, AUTHOR);
    s.setTimestamp(13, now);
    s.setTimestamp(14, now);
    s.setString(15, AUTHOR);
    s.setTimestamp(16, now);
    s.addBatch();
  }

  private static void setDate(PreparedStatement s, int index, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setObject(index, date);
    }
  }

  private static String json(List<?> values) {
    try {
      return KmsClient.JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      if (parameter != null) {
        s.setString(1, parameter);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
