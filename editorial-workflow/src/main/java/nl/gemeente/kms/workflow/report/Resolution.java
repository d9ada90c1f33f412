package nl.gemeente.kms.workflow.report;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer to a report. There are exactly two: a publication of the same article after the
 * report was filed ({@link FixedBy}), or an explained decision that nothing needs to change
 * ({@link NoChangeNeeded}). {@link ReportWorkflow#resolve} checks which fixes count.
 */
public sealed interface Resolution permits Resolution.FixedBy, Resolution.NoChangeNeeded {

    ResolutionKind kind();

    /**
     * @param articleId     the article the fixing version belongs to
     * @param versionNumber the fixing version
     * @param liveFrom      when that version went live; null if it never did
     */
    record FixedBy(long articleId, int versionNumber, Instant liveFrom) implements Resolution {
        @Override
        public ResolutionKind kind() {
            return ResolutionKind.FIXED;
        }
    }

    /** @param explanation why the text stands; required */
    record NoChangeNeeded(String explanation) implements Resolution {
        public NoChangeNeeded {
            Objects.requireNonNull(explanation, "explanation");
        }

        @Override
        public ResolutionKind kind() {
            return ResolutionKind.NO_CHANGE_NEEDED;
        }
    }
}
