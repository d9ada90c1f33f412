package nl.gemeente.kms.workflow;

import java.time.LocalDate;
import java.util.Optional;

/** A version as the tests need it: department "BZ" (Burgerzaken), written by "anna". */
record TestVersion(VersionState state, String department, String author, Optional<LocalDate> validFrom)
        implements WorkflowSubject {

    static final String DEPARTMENT = "BZ";
    static final String AUTHOR = "anna";

    static TestVersion in(VersionState state) {
        return new TestVersion(state, DEPARTMENT, AUTHOR, Optional.empty());
    }

    TestVersion validFrom(LocalDate date) {
        return new TestVersion(state, department, author, Optional.ofNullable(date));
    }
}
