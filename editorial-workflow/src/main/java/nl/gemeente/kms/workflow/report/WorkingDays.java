package nl.gemeente.kms.workflow.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Counting in working days, the unit the municipality's service levels use. A working day is Monday
 * to Friday; public holidays are deliberately not known here (there is no holiday calendar yet), so
 * figures around Easter or Christmas count a day or two too many.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /**
     * Working days after {@code from} up to and including {@code to}: a report filed on Friday is one
     * working day old on Monday. Zero when {@code to} is not after {@code from}.
     */
    public static long between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        long days = ChronoUnit.DAYS.between(from, to);
        if (days <= 0) {
            return 0;
        }
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        while (day.isBefore(to)) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

    /** As {@link #between(LocalDate, LocalDate)}, for two moments read as dates in {@code zone}. */
    public static long between(Instant from, Instant to, ZoneId zone) {
        return between(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone));
    }
}
