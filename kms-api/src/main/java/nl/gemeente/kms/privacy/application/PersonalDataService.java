package nl.gemeente.kms.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.audit.application.AuditTrail;
import nl.gemeente.kms.identity.application.AccountChanged;
import nl.gemeente.kms.schema.audit.AuditEntry;
import nl.gemeente.kms.search.application.Pseudonyms;
import nl.gemeente.kms.search.application.SearchLogWriter;
import nl.gemeente.kms.workflow.Actor;

/**
 * An employee's right of access and right to erasure (AVG articles 15 and 17), carried out by an
 * administrator. The export lists every row that names the employee, and their search log under
 * their pseudonym. Removal deletes the account and what only served the employee, and replaces
 * the name by a pseudonym in records that must stay for accountability (BIO): the keyed hash of
 * the name, which only the holder of {@code KMS_PSEUDONYM_KEY} can link back to a person. Both are
 * written to the audit trail under the pseudonym, so the trail itself names nobody who left.
 */
@ApplicationScoped
public class PersonalDataService {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Pseudonyms pseudonyms;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject SearchLogWriter searchLog;
  @Inject Event<AccountChanged> accountChanged;

  /** The stand-in for a removed employee's name; stable, so their records stay linked to each other. */
  public String pseudonymOf(String username) {
    return "verwijderd-" + pseudonyms.of(username).substring(0, 16);
  }

  @Transactional
  public Map<String, Object> export(String username, Actor administrator) {
    searchLog.writePending();
    Connection db = em.unwrap(Connection.class);
    List<Map<String, Object>> account = rows(db, "SELECT username, display_name, email FROM app_user WHERE username = ?", username);
    if (account.isEmpty()) {
      throw new EmployeeNotFound(username);
    }
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("username", username);
    export.put("exportedAt", clock.instant().toString());
    export.put("account", account.get(0));
    for (PersonalDataTables.Place place : PersonalDataTables.PLACES) {
      export.put(place.section(), rows(db, "SELECT * FROM " + place.table() + " WHERE " + place.column() + " = ?", username));
    }
    export.put("searches", rows(db, "SELECT occurred_at, query_text, filters, hit_count, clicked_article_id"
        + " FROM search_log WHERE user_ref = ? ORDER BY occurred_at", pseudonyms.of(username)));
    audit.record(new AuditEntry(clock.instant(), administrator.username(), "PERSONAL_DATA_EXPORTED",
        null, null, null, null, pseudonymOf(username)));
    return export;
  }

  /** What a removal did: per place, how many rows were pseudonymized or deleted. */
  public record Removal(String pseudonym, Map<String, Integer> rows) {}

  @Transactional
  public Removal remove(String username, Actor administrator) {
    searchLog.writePending();
    Connection db = em.unwrap(Connection.class);
    if (rows(db, "SELECT username FROM app_user WHERE username = ?", username).isEmpty()) {
      throw new EmployeeNotFound(username);
    }
    String pseudonym = pseudonymOf(username);
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (PersonalDataTables.Place place : PersonalDataTables.PLACES) {
      counts.put(place.section(), place.keepRow()
          ? update(db, "UPDATE " + place.table() + " SET " + place.column() + " = ? WHERE " + place.column() + " = ?", pseudonym, username)
          : update(db, "DELETE FROM " + place.table() + " WHERE " + place.column() + " = ?", username));
    }
    counts.put("searches", update(db, "DELETE FROM search_log WHERE user_ref = ?", pseudonyms.of(username)));
    counts.put("account", update(db, "DELETE FROM app_user WHERE username = ?", username));
    // the rows above changed behind JPA's back: nothing cached may still show the name
    em.getEntityManagerFactory().getCache().evictAll();
    // a session the employee still has ends at its next request on this node (elsewhere within 5 s)
    accountChanged.fire(new AccountChanged(username));
    audit.record(new AuditEntry(clock.instant(), administrator.username(), "PERSONAL_DATA_REMOVED",
        null, null, null, null, pseudonym));
    return new Removal(pseudonym, counts);
  }

  private static List<Map<String, Object>> rows(Connection db, String sql, String value) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, value);
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), jsonValue(rs.getObject(i)));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading personal data failed: " + sql, e);
    }
  }

  private static int update(Connection db, String sql, String... values) {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setString(i + 1, values[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("removing personal data failed: " + sql, e);
    }
  }

  private static Object jsonValue(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return value.toString();
  }
}
