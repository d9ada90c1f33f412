package nl.gemeente.kms.exchange.format;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL names from Dutch titles, as the article service makes them: "Wmo-hulp (18+)" becomes "wmo-hulp-18". */
public final class Slug {

  private Slug() {}

  public static String of(String title) {
    if (title == null) {
      return "";
    }
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
  }
}
