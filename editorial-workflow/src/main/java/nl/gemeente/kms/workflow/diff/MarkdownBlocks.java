package nl.gemeente.kms.workflow.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits Markdown into the blocks a reader perceives: paragraphs separated by blank lines, each
 * heading line on its own, and fenced code blocks kept whole even when they contain blank lines.
 */
final class MarkdownBlocks {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*$");

    private MarkdownBlocks() {
    }

    static List<String> split(String markdown) {
        List<String> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        boolean inFence = false;
        for (String line : markdown.split("\\R", -1)) {
            if (FENCE.matcher(line).matches()) {
                if (!inFence) {
                    flush(current, blocks);
                }
                current.add(line);
                if (inFence) {
                    flush(current, blocks);
                }
                inFence = !inFence;
            } else if (inFence) {
                current.add(line);
            } else if (line.isBlank()) {
                flush(current, blocks);
            } else if (HEADING.matcher(line).matches()) {
                flush(current, blocks);
                blocks.add(line);
            } else {
                current.add(line);
            }
        }
        flush(current, blocks);
        return blocks;
    }

    private static void flush(List<String> lines, List<String> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(String.join("\n", lines));
            lines.clear();
        }
    }
}
