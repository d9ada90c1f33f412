package nl.gemeente.kms.workflow;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup in an article body that the renderer's sanitizer would silently remove: scripts, frames,
 * forms, event handlers, script URLs. Finding it up front lets an editor (or an import report) say
 * what is wrong instead of publishing a text that renders differently from what was written. The
 * sanitizer stays the guarantee; this is the explanation.
 */
public final class UnsafeMarkup {

    private static final Pattern UNSAFE = Pattern.compile(
            "<\\s*(script|iframe|object|embed|style|form|input|svg|math)\\b"
                    + "|\\son[a-z]+\\s*="
                    + "|(javascript|vbscript)\\s*:"
                    + "|data\\s*:\\s*text/html",
            Pattern.CASE_INSENSITIVE);

    /**
     * The first unsafe construct in a body.
     *
     * @param markup the offending text, e.g. {@code <script}
     * @param offset its index in the body, so a report can name the line
     */
    public record Finding(String markup, int offset) {
    }

    private UnsafeMarkup() {
    }

    public static Optional<Finding> find(String markdown) {
        if (markdown == null) {
            return Optional.empty();
        }
        Matcher m = UNSAFE.matcher(markdown);
        return m.find() ? Optional.of(new Finding(m.group().trim(), m.start())) : Optional.empty();
    }
}
