package nl.gemeente.kms.report.application;

import java.util.ArrayList;
import java.util.List;
import nl.gemeente.kms.platform.privacy.PersonalData;
import nl.gemeente.kms.workflow.RuleViolation;

/**
 * Reports are about content, not citizens. A citizen service number is refused outright: it
 * identifies a person and has no place in a text about a procedure. E-mail addresses and phone
 * numbers are only flagged, because articles legitimately quote the municipality's own.
 */
public final class ReportPrivacy {

  /** Something that looks like citizen data in an accepted text; the reporter should check it. */
  public record Warning(String field, String rule, String message) {}

  private ReportPrivacy() {}

  /** Throws a 422-kind {@link RuleViolation} naming the field when the text holds a BSN. */
  public static void refuseBsn(String field, String text) {
    if (PersonalData.containsBsn(text)) {
      throw new RuleViolation(field, "contains-bsn",
          "The " + field + " contains a citizen service number (BSN). Reports are about the text, not about a"
              + " citizen: remove the number and file again.");
    }
  }

  public static List<Warning> warnings(String field, String text) {
    List<Warning> warnings = new ArrayList<>();
    if (PersonalData.containsEmail(text)) {
      warnings.add(new Warning(field, "contains-email",
          "The " + field + " seems to contain an e-mail address. Reports are about content: make sure it is not a citizen's."));
    }
    if (PersonalData.containsPhoneNumber(text)) {
      warnings.add(new Warning(field, "contains-phone",
          "The " + field + " seems to contain a phone number. Reports are about content: make sure it is not a citizen's."));
    }
    return warnings;
  }
}
