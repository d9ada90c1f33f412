package nl.gemeente.kms.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * When published knowledge must be checked again. An article is due for review a number of months
 * after it was last reviewed or published: twelve by default, configurable per department (rules
 * that change often, like benefits, may need a shorter cycle). On the review-by date itself the
 * article is due; from the next day it is overdue.
 */
public final class ReviewSchedule {

    public static final int DEFAULT_MONTHS = 12;

    private final Map<String, Integer> monthsPerDepartment;
    private final int defaultMonths;

    /**
     * @param monthsPerDepartment review interval in months per department code; others use the default
     * @param defaultMonths       review interval in months for departments not listed; positive
     */
    public ReviewSchedule(Map<String, Integer> monthsPerDepartment, int defaultMonths) {
        this.monthsPerDepartment = Map.copyOf(Objects.requireNonNull(monthsPerDepartment, "monthsPerDepartment"));
        this.monthsPerDepartment.forEach((department, months) -> requirePositive(months, department));
        this.defaultMonths = requirePositive(defaultMonths, "default");
    }

    /** Every department reviews after {@value #DEFAULT_MONTHS} months. */
    public static ReviewSchedule withDefaults() {
        return new ReviewSchedule(Map.of(), DEFAULT_MONTHS);
    }

    public int monthsFor(String department) {
        return monthsPerDepartment.getOrDefault(Objects.requireNonNull(department, "department"), defaultMonths);
    }

    /** The date by which the article must be reviewed again; month ends clamp (31 Jan + 1 month = 28/29 Feb). */
    public LocalDate reviewBy(String department, LocalDate lastReviewedOrPublished) {
        Objects.requireNonNull(lastReviewedOrPublished, "lastReviewedOrPublished");
        return lastReviewedOrPublished.plusMonths(monthsFor(department));
    }

    /** Whether the review-by date has passed on {@code today}. */
    public boolean isOverdue(String department, LocalDate lastReviewed, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return today.isAfter(reviewBy(department, lastReviewed));
    }

    private static int requirePositive(int months, String what) {
        if (months <= 0) {
            throw new IllegalArgumentException("review interval for " + what + " must be positive: " + months);
        }
        return months;
    }
}
