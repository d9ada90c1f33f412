package nl.gemeente.kms.workflow.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.gemeente.kms.workflow.ArticleContent;
import nl.gemeente.kms.workflow.ChangeLevel;
import nl.gemeente.kms.workflow.QuestionAnswer;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    private static final String OLD = """
            # Paspoort

            Een paspoort kost 80 euro.

            Neem een pasfoto mee.
            """;

    @Test
    void identicalTextsAreAllUnchanged() {
        DiffResult result = VersionDiff.diff(OLD, OLD);

        assertThat(result.rows()).extracting(DiffRow::kind).containsOnly(DiffRow.Kind.UNCHANGED).hasSize(3);
        assertThat(result.identical()).isTrue();
        assertThat(result.rows().get(0).oldSegments()).containsExactly(new Segment(SegmentKind.SAME, "# Paspoort"));
    }

    @Test
    void addedParagraphIsOneAddedRow() {
        DiffResult result = VersionDiff.diff(OLD, OLD + "\nKinderen betalen minder.\n");

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.removed()).isZero();
        assertThat(result.changed()).isZero();
        assertThat(result.rows().getLast()).isEqualTo(new DiffRow(DiffRow.Kind.ADDED, null, "Kinderen betalen minder.",
                List.of(), List.of(new Segment(SegmentKind.INSERTED, "Kinderen betalen minder."))));
    }

    @Test
    void removedParagraphIsOneRemovedRow() {
        DiffResult result = VersionDiff.diff(OLD, "# Paspoort\n\nNeem een pasfoto mee.\n");

        assertThat(result.rows()).extracting(DiffRow::kind, DiffRow::oldText, DiffRow::newText).containsExactly(
                tuple(DiffRow.Kind.UNCHANGED, "# Paspoort", "# Paspoort"),
                tuple(DiffRow.Kind.REMOVED, "Een paspoort kost 80 euro.", null),
                tuple(DiffRow.Kind.UNCHANGED, "Neem een pasfoto mee.", "Neem een pasfoto mee."));
        assertThat(result.removed()).isEqualTo(1);
    }

    @Test
    void changedParagraphMarksChangedWords() {
        DiffResult result = VersionDiff.diff(OLD, OLD.replace("80 euro", "82,50 euro"));

        assertThat(result.changed()).isEqualTo(1);
        DiffRow row = result.rows().get(1);
        assertThat(row.kind()).isEqualTo(DiffRow.Kind.CHANGED);
        assertThat(row.oldSegments()).containsExactly(
                new Segment(SegmentKind.SAME, "Een paspoort kost "),
                new Segment(SegmentKind.DELETED, "80"),
                new Segment(SegmentKind.SAME, " euro."));
        assertThat(row.newSegments()).containsExactly(
                new Segment(SegmentKind.SAME, "Een paspoort kost "),
                new Segment(SegmentKind.INSERTED, "82,50"),
                new Segment(SegmentKind.SAME, " euro."));
    }

    @Test
    void segmentsRebuildBothTexts() {
        String newer = "# Paspoort of ID-kaart\n\nEen ID-kaart kost 70 euro, een paspoort 80.\n\nNeem één pasfoto mee!";
        for (DiffRow row : VersionDiff.diff(OLD, newer).rows()) {
            assertThat(join(row.oldSegments())).isEqualTo(row.oldText() == null ? "" : row.oldText());
            assertThat(join(row.newSegments())).isEqualTo(row.newText() == null ? "" : row.newText());
            assertThat(row.oldSegments()).extracting(Segment::kind).doesNotContain(SegmentKind.INSERTED);
            assertThat(row.newSegments()).extracting(Segment::kind).doesNotContain(SegmentKind.DELETED);
        }
    }

    @Test
    void emptyOrMissingOldTextMeansEverythingAdded() {
        for (String nothing : new String[] {"", null}) {
            DiffResult result = VersionDiff.diff(nothing, OLD);
            assertThat(result.rows()).extracting(DiffRow::kind).containsOnly(DiffRow.Kind.ADDED).hasSize(3);
            assertThat(result.added()).isEqualTo(3);
        }
    }

    @Test
    void headingIsItsOwnBlockEvenWithoutBlankLine() {
        String text = "Intro\n## Kosten\nTekst\nmeer tekst";

        assertThat(VersionDiff.diff(text, text).rows()).extracting(DiffRow::oldText)
                .containsExactly("Intro", "## Kosten", "Tekst\nmeer tekst");
    }

    @Test
    void fencedCodeStaysOneBlockAndLineEndingsDoNotMatter() {
        String unix = "Voorbeeld:\n\n```\nregel 1\n\nregel 2\n```\n\nEinde";
        DiffResult result = VersionDiff.diff(unix, unix.replace("\n", "\r\n"));

        assertThat(result.identical()).isTrue();
        assertThat(result.rows()).extracting(DiffRow::oldText)
                .containsExactly("Voorbeeld:", "```\nregel 1\n\nregel 2\n```", "Einde");
    }

    @Test
    void replacedBlocksArePairedInOrderAndSurplusIsAdded() {
        DiffResult result = VersionDiff.diff("A een\n\nslot", "A twee\n\nB drie\n\nslot");

        assertThat(result.rows()).extracting(DiffRow::kind).containsExactly(
                DiffRow.Kind.CHANGED, DiffRow.Kind.ADDED, DiffRow.Kind.UNCHANGED);
    }

    @Test
    void changedFieldsListsOnlyDifferingContentFields() {
        var before = content("Paspoort", List.of("paspoort"), LocalDate.of(2026, 1, 1), ChangeLevel.MINOR);
        var after = content("Paspoort aanvragen", List.of("paspoort", "reis"), LocalDate.of(2026, 1, 1),
                ChangeLevel.MAJOR);

        assertThat(VersionDiff.changedFields(before, after)).containsExactly(
                new FieldChange("title", "Paspoort", "Paspoort aanvragen"),
                new FieldChange("keywords", "paspoort", "paspoort, reis"));
        assertThat(VersionDiff.changedFields(before, before)).isEmpty();
    }

    @Test
    void changedFieldsShowsQuestionsAndDates() {
        var before = content("T", List.of(), null, ChangeLevel.MINOR);
        var after = new ArticleContent("T", "kort", "body", List.of(), List.of(new QuestionAnswer("Wat?", "Dit.")),
                "x", ChangeLevel.MINOR, LocalDate.of(2026, 2, 1), null);

        assertThat(VersionDiff.changedFields(before, after)).containsExactly(
                new FieldChange("questionAnswers", null, "Q: Wat?\nA: Dit."),
                new FieldChange("validFrom", null, "2026-02-01"));
    }

    private static ArticleContent content(String title, List<String> keywords, LocalDate validFrom, ChangeLevel level) {
        return new ArticleContent(title, "kort", "body", keywords, List.of(), "summary of " + title, level,
                validFrom, null);
    }

    private static String join(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }
}
