package nl.gemeente.kms.workflow.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level comparison of two changed blocks. Text is cut into words and the runs of whitespace
 * and punctuation between them, so a changed word is marked as a whole and the marked runs still
 * concatenate to the original text.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+");

    private WordDiff() {
    }

    static DiffRow changed(String oldText, String newText) {
        List<String> oldTokens = tokens(oldText);
        List<String> newTokens = tokens(newText);
        SegmentBuilder oldSide = new SegmentBuilder();
        SegmentBuilder newSide = new SegmentBuilder();
        int oldPos = 0;
        int newPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
            int sourceStart = delta.getSource().getPosition();
            int targetStart = delta.getTarget().getPosition();
            oldSide.add(SegmentKind.SAME, oldTokens.subList(oldPos, sourceStart));
            newSide.add(SegmentKind.SAME, newTokens.subList(newPos, targetStart));
            oldSide.add(SegmentKind.DELETED, delta.getSource().getLines());
            newSide.add(SegmentKind.INSERTED, delta.getTarget().getLines());
            oldPos = sourceStart + delta.getSource().size();
            newPos = targetStart + delta.getTarget().size();
        }
        oldSide.add(SegmentKind.SAME, oldTokens.subList(oldPos, oldTokens.size()));
        newSide.add(SegmentKind.SAME, newTokens.subList(newPos, newTokens.size()));
        return new DiffRow(DiffRow.Kind.CHANGED, oldText, newText, oldSide.segments, newSide.segments);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Collects segments, merging neighbours of the same kind so the UI gets as few spans as possible. */
    private static final class SegmentBuilder {
        private final List<Segment> segments = new ArrayList<>();

        void add(SegmentKind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join("", tokens);
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new Segment(kind, segments.get(last).text() + text));
            } else {
                segments.add(new Segment(kind, text));
            }
        }
    }
}
