package nl.gemeente.kms.exchange.application;

import java.util.List;
import nl.gemeente.kms.schema.article.Article;

/** The articles an export reads, a page at a time in id order, so a large knowledge base streams. */
public interface ExportSource {

  /** Up to {@code size} articles with an id above {@code afterId}, of one department or (null) all. */
  List<Article> page(String department, long afterId, int size);
}
