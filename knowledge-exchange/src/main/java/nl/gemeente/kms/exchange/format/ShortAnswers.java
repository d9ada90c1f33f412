package nl.gemeente.kms.exchange.format;

import nl.gemeente.kms.workflow.ContentRules;

/** The short answer an agent reads out first, made from a longer answer: its first paragraph, cut at a sentence. */
final class ShortAnswers {

  private ShortAnswers() {}

  static String of(String answer) {
    String first = answer.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ").strip();
    int max = ContentRules.SHORT_ANSWER_MAX;
    if (first.length() <= max) {
      return first;
    }
    int sentence = first.lastIndexOf(". ", max - 1);
    if (sentence > max / 3) {
      return first.substring(0, sentence + 1);
    }
    int space = first.lastIndexOf(' ', max - 2);
    return first.substring(0, space > 0 ? space : max - 1) + "…";
  }
}
