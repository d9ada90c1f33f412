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
import java.util.regex.Pattern;
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

  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

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
    return rewritten(normalize(query), rules());
  }

  /** The same rewriting for given rules; the benchmark uses it to send the API's exact query to Elasticsearch. */
  public static List<String> alternatives(String query, List<List<String>> rules) {
    return rewritten(normalize(query), rules.stream().map(Synonyms::normalized).toList());
  }

  private static List<String> rewritten(String query, List<List<String>> normalizedRules) {
    String padded = " " + query + " ";
    Set<String> result = new LinkedHashSet<>();
    for (List<String> rule : normalizedRules) {
      for (String term : rule) {
        String t = " " + term + " ";
        if (padded.contains(t)) {
          rule.stream().filter(other -> !other.equals(term))
              .forEach(other -> result.add(padded.replace(t, " " + other + " ").trim()));
        }
      }
    }
    return result.stream().limit(10).toList();
  }

  private static List<String> normalized(List<String> rule) {
    return rule.stream().map(Synonyms::normalize).toList();
  }

  static String normalize(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_A_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  private List<List<String>> rules() {
    List<List<String>> current = cache;
    if (current == null || System.nanoTime() - loadedAt > 30_000_000_000L) {
      current = new ArrayList<>();
      // normalized once here, not for every search
      for (SynonymRule r : all()) {
        current.add(normalized(r.terms()));
      }
      cache = current;
      loadedAt = System.nanoTime();
    }
    return current;
  }
}
