package nl.gemeente.kms.workflow.report;

/** How long an open report has waited, in working days, as the dashboard groups it. */
public enum AgeBucket {
    UP_TO_2("0-2"),
    UP_TO_5("3-5"),
    UP_TO_10("6-10"),
    OVER_10(">10");

    private final String label;

    AgeBucket(String label) {
        this.label = label;
    }

    /** The label on the dashboard, e.g. {@code 3-5}. */
    public String label() {
        return label;
    }

    public static AgeBucket of(long workingDays) {
        if (workingDays <= 2) {
            return UP_TO_2;
        } else if (workingDays <= 5) {
            return UP_TO_5;
        } else if (workingDays <= 10) {
            return UP_TO_10;
        }
        return OVER_10;
    }
}
