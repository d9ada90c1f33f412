package nl.gemeente.kms.notification.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W48}: Monday to Sunday, numbered within its week-based year,
 * so that the last days of December can belong to week 1 of the next year.
 */
public record IsoWeek(int year, int week) {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public IsoWeek {
    if (week < 1 || week > weeksIn(year)) {
      throw new IllegalArgumentException(year + " has no week " + week + "; it has " + weeksIn(year) + " weeks.");
    }
  }

  /** Parses {@code YYYY-Www}; anything else, or a week the year does not have, is refused. */
  public static IsoWeek parse(String text) {
    Matcher m = TEXT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("A week is written as YYYY-Www, e.g. 2026-W48.");
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static IsoWeek containing(LocalDate day) {
    return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public LocalDate monday() {
    // 4 January always lies in week 1
    return LocalDate.of(year, 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(monday()) && !day.isAfter(sunday());
  }

  public IsoWeek previous() {
    return containing(monday().minusDays(1));
  }

  static int weeksIn(int year) {
    // 28 December always lies in the last week of its year
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
