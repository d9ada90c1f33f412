package nl.gemeente.kms.workflow.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.QuestionAnswer;

/**
 * Shows reviewers and agents what changed between two versions of an article.
 *
 * <p>The Markdown body is compared block by block (paragraphs, headings, code blocks); blocks that
 * were replaced are paired up in order and compared word by word. A missing text ({@code null}) is
 * treated as empty, so the first version compares as "everything added".
 */
public final class VersionDiff {

    private VersionDiff() {
    }

    /** Block-level comparison with word-level detail for changed blocks. */
    public static DiffResult diff(String oldMarkdown, String newMarkdown) {
        List<String> oldBlocks = MarkdownBlocks.split(oldMarkdown == null ? "" : oldMarkdown);
        List<String> newBlocks = MarkdownBlocks.split(newMarkdown == null ? "" : newMarkdown);
        List<DiffRow> rows = new ArrayList<>();
        int oldPos = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldBlocks, newBlocks).getDeltas()) {
            int start = delta.getSource().getPosition();
            oldBlocks.subList(oldPos, start).forEach(block -> rows.add(DiffRow.unchanged(block)));
            rows.addAll(rowsFor(delta.getSource().getLines(), delta.getTarget().getLines()));
            oldPos = start + delta.getSource().size();
        }
        oldBlocks.subList(oldPos, oldBlocks.size()).forEach(block -> rows.add(DiffRow.unchanged(block)));
        return DiffResult.of(rows);
    }

    // Replaced blocks are paired in order; the surplus on either side is plainly removed or added.
    private static List<DiffRow> rowsFor(List<String> removed, List<String> added) {
        List<DiffRow> rows = new ArrayList<>();
        int paired = Math.min(removed.size(), added.size());
        for (int i = 0; i < paired; i++) {
            rows.add(WordDiff.changed(removed.get(i), added.get(i)));
        }
        removed.subList(paired, removed.size()).forEach(block -> rows.add(DiffRow.removed(block)));
        added.subList(paired, added.size()).forEach(block -> rows.add(DiffRow.added(block)));
        return rows;
    }

    /**
     * The content fields that differ, in form order: title, shortAnswer, body, keywords,
     * questionAnswers, validFrom, validUntil. The change summary and level describe a version
     * rather than the article, so they are not compared. Lists are shown as text: keywords joined
     * by commas, each question and answer on its own lines.
     */
    public static List<FieldChange> changedFields(ArticleContent oldContent, ArticleContent newContent) {
        Objects.requireNonNull(oldContent, "oldContent");
        Objects.requireNonNull(newContent, "newContent");
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "title", oldContent, newContent, ArticleContent::title);
        compare(changes, "shortAnswer", oldContent, newContent, ArticleContent::shortAnswer);
        compare(changes, "body", oldContent, newContent, ArticleContent::body);
        compare(changes, "keywords", oldContent, newContent, c -> joined(c.keywords(), ", ", k -> k));
        compare(changes, "questionAnswers", oldContent, newContent,
                c -> joined(c.questionAnswers(), "\n\n", VersionDiff::render));
        compare(changes, "validFrom", oldContent, newContent, c -> text(c.validFrom()));
        compare(changes, "validUntil", oldContent, newContent, c -> text(c.validUntil()));
        return List.copyOf(changes);
    }

    private static void compare(List<FieldChange> changes, String field, ArticleContent oldContent,
                                ArticleContent newContent, Function<ArticleContent, String> value) {
        String oldValue = value.apply(oldContent);
        String newValue = value.apply(newContent);
        if (!Objects.equals(oldValue, newValue)) {
            changes.add(new FieldChange(field, oldValue, newValue));
        }
    }

    private static <T> String joined(List<T> items, String separator, Function<T, String> render) {
        return items.isEmpty() ? null : items.stream().map(render).collect(Collectors.joining(separator));
    }

    private static String render(QuestionAnswer qa) {
        return qa == null ? "" : "Q: " + qa.question() + "\nA: " + qa.answer();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
