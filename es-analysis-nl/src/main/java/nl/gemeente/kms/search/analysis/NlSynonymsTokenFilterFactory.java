package nl.gemeente.kms.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * {@code nl_synonyms}: Lucene {@code SynonymGraphFilter} with Solr-format rules
 * ({@code "id-kaart, identiteitskaart"}, {@code "gba => brp"}).
 *
 * <p>Rule sources, combined:
 * <ul>
 *   <li>{@code synonyms}: an inline list of rules in the index settings;</li>
 *   <li>{@code synonyms_path}: a UTF-8 file; a relative path resolves against the Elasticsearch config dir, and the
 *       plugin's entitlement policy only allows reading under {@code <config>/analysis/}
 *       (so: {@code "synonyms_path": "analysis/kms-synonyms.txt"}).</li>
 * </ul>
 * Rules are analysed with standard tokenizer + lowercase + ASCII folding (the stable API gives no access to the
 * chain before this filter, unlike Elasticsearch's {@code synonym_graph}). Place the filter right after
 * {@code nl_lowercase} + {@code nl_asciifolding} and before {@code nl_stop} and {@code nl_stemmer}.
 *
 * <p>Other settings: {@code expand} (default true: "a, b" maps each to both; false maps both to the first),
 * {@code lenient} (default false: skip invalid rules instead of failing), {@code flatten} (default false: add
 * {@code FlattenGraphFilter}, needed when used in an index analyzer), {@code updateable} (default false: true makes
 * the filter search-time only and reloadable with {@code POST <index>/_reload_search_analyzers}, which re-reads
 * {@code synonyms_path}).
 */
@NamedComponent(NlSynonymsTokenFilterFactory.NAME)
public class NlSynonymsTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_synonyms";

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @StringSetting(path = "synonyms_path", defaultValue = "")
        String synonymsPath();

        @BooleanSetting(path = "expand", defaultValue = true)
        boolean expand();

        @BooleanSetting(path = "lenient", defaultValue = false)
        boolean lenient();

        @BooleanSetting(path = "flatten", defaultValue = false)
        boolean flatten();

        @BooleanSetting(path = "updateable", defaultValue = false)
        boolean updateable();
    }

    private final SynonymMap synonymMap;
    private final boolean flatten;
    private final boolean updateable;

    @Inject
    public NlSynonymsTokenFilterFactory(Settings settings) {
        try (Analyzer ruleAnalyzer = new RuleAnalyzer()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, settings.expand(), ruleAnalyzer);
            List<String> inline = settings.synonyms();
            for (int i = 0; i < inline.size(); i++) {
                addRule(parser, inline.get(i), "synonyms[" + i + "]", settings.lenient());
            }
            if (!settings.synonymsPath().isBlank()) {
                Path file = resolve(settings.synonymsPath().trim());
                List<String> lines = readLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    addRule(parser, lines.get(i), file + " line " + (i + 1), settings.lenient());
                }
            }
            this.synonymMap = parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("nl_synonyms: cannot build the synonym map", e);
        }
        this.flatten = settings.flatten();
        this.updateable = settings.updateable();
    }

    @Override
    public TokenStream create(TokenStream in) {
        if (synonymMap.fst == null) {
            return in; // no rules
        }
        TokenStream ts = new SynonymGraphFilter(in, synonymMap, true);
        return flatten ? new FlattenGraphFilter(ts) : ts;
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }

    /** Parses one Solr-format line (comments and blank lines are ignored by the parser). */
    private static void addRule(SolrSynonymParser parser, String rule, String where, boolean lenient) throws IOException {
        if (rule.isBlank() || rule.stripLeading().startsWith("#")) {
            return;
        }
        try {
            parser.parse(new StringReader(rule));
        } catch (ParseException | IllegalArgumentException e) {
            if (lenient) {
                return;
            }
            String reason = e instanceof ParseException && e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new IllegalArgumentException("nl_synonyms: invalid rule [" + rule + "] at " + where + ": " + reason, e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("nl_synonyms: cannot read synonyms_path " + file, e);
        }
    }

    /**
     * Resolves {@code synonyms_path}: absolute paths as they are, relative ones against the Elasticsearch config dir.
     * The stable API injects no {@code Environment}, and Elasticsearch 9 does not publish the config dir as a system
     * property ({@code es.path.conf} is honoured if some launcher sets it), so it is taken as {@code $ES_HOME/config}.
     */
    static Path resolve(String synonymsPath) {
        Path path = Path.of(synonymsPath);
        if (path.isAbsolute()) {
            return path;
        }
        String conf = System.getProperty("es.path.conf");
        if (conf == null || conf.isBlank()) {
            String home = System.getProperty("es.path.home");
            if (home == null || home.isBlank()) {
                throw new IllegalArgumentException("nl_synonyms: cannot resolve the relative synonyms_path [" + synonymsPath
                        + "]: the Elasticsearch config dir is unknown (no es.path.conf or es.path.home); use an absolute path");
            }
            conf = Path.of(home, "config").toString();
        }
        return Path.of(conf).resolve(path).normalize();
    }

    /** How rules are tokenized: standard tokenizer + lowercase + ASCII folding, as nl_lowercase + nl_asciifolding. */
    private static final class RuleAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
        }
    }
}
