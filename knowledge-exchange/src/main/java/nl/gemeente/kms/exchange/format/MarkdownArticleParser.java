package nl.gemeente.kms.exchange.format;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.gemeente.kms.exchange.report.ImportProblem;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One article file: {@code ---}, YAML front matter, {@code ---}, Markdown body (docs/article-format.md).
 * The slug is the file name. Lines are counted from the top of the file, front matter included.
 */
public final class MarkdownArticleParser {

  private MarkdownArticleParser() {}

  /** Parses the bytes of {@code file} (a path relative to the input, used in reports and for the slug). */
  public static ParsedRecord parse(String file, byte[] bytes) {
    SourceLocation top = new SourceLocation(file, 1);
    Optional<String> decoded = Utf8.decode(bytes, 0, bytes.length);
    if (decoded.isEmpty()) {
      int line = Utf8.lineOfFirstBadByte(bytes, 0, bytes.length);
      return ParsedRecord.unreadable(top, ImportProblem.error(file, line, "file", "utf-8",
          "the file is not valid UTF-8 (first bad byte on line " + line + "); save it as UTF-8"));
    }
    String text = decoded.get().replace("\r\n", "\n");
    if (!text.startsWith("---\n")) {
      return ParsedRecord.unreadable(top, ImportProblem.error(file, 1, "frontMatter", "front-matter",
          "the file must start with a line '---' that opens the YAML front matter"));
    }
    int close = text.indexOf("\n---\n", 3);
    if (close < 0 && text.endsWith("\n---")) {
      close = text.length() - 4;
    }
    if (close < 0) {
      return ParsedRecord.unreadable(top, ImportProblem.error(file, 1, "frontMatter", "front-matter",
          "the front matter is not closed by a line '---'"));
    }
    String yaml = text.substring(4, close + 1);
    int bodyStart = Math.min(text.length(), close + 5);
    int bodyLine = lineAt(text, bodyStart);
    return withFrontMatter(top, yaml, text.substring(bodyStart), bodyLine, bytes.length);
  }

  private static ParsedRecord withFrontMatter(SourceLocation top, String yaml, String rawBody, int bodyLine, int size) {
    String file = top.file();
    Yaml loader = FrontMatterYaml.loader(size);
    Object root;
    Node composed;
    try {
      composed = loader.compose(new StringReader(yaml));
      root = FrontMatterYaml.loader(size).load(yaml);
    } catch (MarkedYAMLException e) {
      // the YAML starts on line 2 of the file; marks are 0-based
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
      return ParsedRecord.unreadable(top, ImportProblem.error(file, line, "frontMatter", "yaml",
          "broken YAML: " + oneLine(e.getProblem() == null ? e.getMessage() : e.getProblem())));
    } catch (YAMLException e) {
      return ParsedRecord.unreadable(top, ImportProblem.error(file, 2, "frontMatter", "yaml", "broken YAML: " + oneLine(e.getMessage())));
    }
    if (!(root instanceof Map<?, ?> rootMap)) {
      return ParsedRecord.unreadable(top, ImportProblem.error(file, 2, "frontMatter", "yaml",
          "the front matter must be a set of 'key: value' lines"));
    }
    Map<String, Integer> keys = new HashMap<>();
    FrontMatterYaml.keyLines(composed).forEach((key, line) -> keys.put(key, line + 2));
    // blank lines around the body are layout, not content: an export writes one after the front matter
    String body = ArticleRecord.normalizeBody(rawBody);
    int firstBodyLine = bodyLine + leadingLines(rawBody, body);
    FieldLines lines = new FieldLines(1, keys, firstBodyLine);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) rootMap;
    return ArticleFields.read(map, ArticleFields.FRONT_MATTER, slugOf(file), body, top, lines);
  }

  /** The file name without its directory and {@code .md}: {@code burgerzaken/paspoort.md} is {@code paspoort}. */
  public static String slugOf(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  private static int leadingLines(String raw, String body) {
    int start = body.isEmpty() ? raw.length() : raw.indexOf(body);
    return (int) raw.substring(0, Math.max(0, start)).chars().filter(c -> c == '\n').count();
  }

  private static int lineAt(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String oneLine(String message) {
    return message == null ? "unreadable" : message.replaceAll("\\s+", " ").strip();
  }
}
