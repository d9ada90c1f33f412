package nl.gemeente.kms.platform.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises citizen data that must never be stored by the KMS: citizen service numbers (BSN: nine
 * digits that pass the eleven-test), e-mail addresses and Dutch phone numbers. Agents sometimes
 * paste them into a search box or a report; we keep the text, not the citizen.
 */
public final class PersonalData {

  // not part of a longer number or an amount (123.456.789,00), but a sentence may end right after it
  private static final Pattern NINE_DIGITS =
      Pattern.compile("(?<!\\d)(?<!\\d[.,])(\\d[ .-]?){8}\\d(?!\\d)(?![.,]\\d)");
  private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE =
      Pattern.compile("(?<![\\w+])(\\+31|0031|0)[ -]?(\\(0\\))?[ -]?[1-9](?:[ -]?\\d){7,8}(?!\\d)");

  private PersonalData() {}

  /** The text with every BSN, e-mail address and phone number replaced by a label. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String withoutMail = EMAIL.matcher(text).replaceAll("[e-mail]");
    String withoutBsn = replaceBsns(withoutMail);
    return PHONE.matcher(withoutBsn).replaceAll("[telefoon]");
  }

  public static boolean containsBsn(String text) {
    if (text == null) {
      return false;
    }
    Matcher m = NINE_DIGITS.matcher(text);
    while (m.find()) {
      if (isBsn(m.group())) {
        return true;
      }
    }
    return false;
  }

  public static boolean containsEmail(String text) {
    return text != null && EMAIL.matcher(text).find();
  }

  public static boolean containsPhoneNumber(String text) {
    return text != null && PHONE.matcher(text).find();
  }

  /** The eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
  public static boolean isBsn(String candidate) {
    String digits = candidate.replaceAll("[ .-]", "");
    if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit) || digits.equals("000000000")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (digits.charAt(i) - '0');
    }
    sum -= digits.charAt(8) - '0';
    return sum % 11 == 0;
  }

  private static String replaceBsns(String text) {
    Matcher m = NINE_DIGITS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, isBsn(m.group()) ? "[BSN]" : Matcher.quoteReplacement(m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }
}
