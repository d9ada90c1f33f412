package nl.gemeente.kms.exchange.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.QuestionAnswer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes one article file in the format of docs/article-format.md, keys in the order the format
 * shows them. Values are written by SnakeYAML, which quotes whatever a YAML reader could take for
 * something else, so what {@link MarkdownArticleParser} reads back is the same text.
 */
public final class MarkdownArticleWriter {

  private MarkdownArticleWriter() {}

  /** {@code <slug>.md}, the name the file must have. */
  public static String fileName(ArticleRecord record) {
    return record.slug() + ".md";
  }

  public static String write(ArticleRecord r) {
    ArticleContent c = r.content();
    Map<String, Object> front = new LinkedHashMap<>();
    front.put("externalId", r.externalId());
    front.put("title", c.title());
    front.put("department", r.department());
    front.put("audience", r.audience() == null ? null : r.audience().name());
    front.put("topics", r.topics());
    front.put("keywords", c.keywords());
    front.put("shortAnswer", c.shortAnswer());
    front.put("validFrom", c.validFrom() == null ? null : c.validFrom().toString());
    front.put("validUntil", c.validUntil() == null ? null : c.validUntil().toString());
    front.put("changeSummary", c.changeSummary());
    front.put("changeLevel", c.changeLevel() == null ? null : c.changeLevel().name());
    front.put("sourceUrl", r.sourceUrl());
    front.values().removeIf(v -> v == null);
    StringBuilder file = new StringBuilder("---\n").append(yaml(DumperOptions.FlowStyle.AUTO).dump(front));
    if (!c.questionAnswers().isEmpty()) {
      file.append(yaml(DumperOptions.FlowStyle.BLOCK).dump(Map.of("questionAnswers", questionAnswers(c.questionAnswers()))));
    }
    if (r.demoState() != null) {
      file.append("demoState: ").append(r.demoState().name()).append('\n');
    }
    String body = ArticleRecord.normalizeBody(c.body());
    return file.append("---\n\n").append(body).append(body.isEmpty() ? "" : "\n").toString();
  }

  private static List<Map<String, String>> questionAnswers(List<QuestionAnswer> qas) {
    return qas.stream().map(qa -> {
      Map<String, String> map = new LinkedHashMap<>();
      map.put("question", qa.question());
      map.put("answer", qa.answer());
      return map;
    }).toList();
  }

  private static Yaml yaml(DumperOptions.FlowStyle style) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(style);
    options.setAllowUnicode(true);
    options.setSplitLines(false);
    options.setWidth(Integer.MAX_VALUE);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    return new Yaml(options);
  }
}
