package nl.gemeente.kms.exchange.format;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * YAML as the front matter needs it: safe loading only (plain maps, lists and strings; no tags that
 * make objects), duplicate keys refused, few aliases, and every plain scalar read as text. YAML 1.1
 * would turn {@code no} into false and {@code 2026-13-01} into some date; here the field reader
 * decides what a value means and says so when it does not fit.
 */
final class FrontMatterYaml {

  private FrontMatterYaml() {}

  /** Only null (empty, ~, null) is recognised implicitly; everything else stays the text it was. */
  private static final class TextOnlyResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  static Yaml loader(int codePointLimit) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(Math.max(codePointLimit, 1024));
    DumperOptions unused = new DumperOptions();
    return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new TextOnlyResolver());
  }

  /** The 0-based line of each top-level key of a composed mapping. */
  static Map<String, Integer> keyLines(Node root) {
    Map<String, Integer> lines = new HashMap<>();
    if (root instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          lines.putIfAbsent(key.getValue(), key.getStartMark().getLine());
        }
      }
    }
    return lines;
  }
}
