package nl.gemeente.kms.article.application;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names from Dutch titles: "Paspoort aanvragen (18+)" becomes "paspoort-aanvragen-18". */
final class Slugs {

  private Slugs() {}

  static String of(String title) {
    if (title == null) {
      return "";
    }
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
  }
}
