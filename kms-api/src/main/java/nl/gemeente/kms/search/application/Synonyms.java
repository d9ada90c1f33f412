package nl.gemeente.kms.search.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.gemeente.kms.schema.search.SynonymRule;

/**
 * Synonyms are applied to the agent's query, not baked into the index: a rule a knowledge manager
 * adds counts from the next search on, on any cluster, without reindexing. "ID-kaart kwijt" is also
 * searched as "identiteitskaart kwijt".
 */
@ApplicationScoped
public class Synonyms {

  @PersistenceContext(unitName = "kms")
  EntityManager em;

  @Inject Clock clock;

  // each node reloads the rules at least every 30 s, so a rule added on another node applies there too
  private volatile List<List<String>> cache;
  private volatile long loadedAt;

  @Transactional
  public List<SynonymRule> all() {
    return em.createQuery("select r from SynonymRule r order by r.id", SynonymRule.class).getResultList();
  }

  @Transactional
  public SynonymRule add(List<String> terms, String username) {
    SynonymRule rule = new SynonymRule(terms, username, clock.instant());
    em.persist(rule);
    cache = null;
    return rule;
  }

  @Transactional
  public boolean remove(long id) {
    SynonymRule rule = em.find(SynonymRule.class, id);
    if (rule != null) {
      em.remove(rule);
      cache = null;
    }
    return rule != null;
  }

  /** The query rewritten with each synonym of each rule that occurs in it (at most ten). */
  public List<String> alternatives(String query) {
    return alternatives(query, rules());
  }

  /** The same rewriting for given rules; the benchmark uses it to send the API's exact query to Elasticsearch. */
  public static List<String> alternatives(String query, List<List<String>> rules) {
    String normalized = " " + normalize(query) + " ";
    Set<String> result = new LinkedHashSet<>();
    for (List<String> rule : rules) {
      for (String term : rule) {
        String t = " " + normalize(term) + " ";
        if (normalized.contains(t)) {
          rule.stream().filter(other -> !other.equals(term))
              .forEach(other -> result.add(normalized.replace(t, " " + normalize(other) + " ").trim()));
        }
      }
    }
    return result.stream().limit(10).toList();
  }

  static String normalize(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private List<List<String>> rules() {
    List<List<String>> current = cache;
    if (current == null || System.nanoTime() - loadedAt > 30_000_000_000L) {
      current = new ArrayList<>();
      for (SynonymRule r : all()) {
        current.add(r.terms());
      }
      cache = current;
      loadedAt = System.nanoTime();
    }
    return current;
  }
}
