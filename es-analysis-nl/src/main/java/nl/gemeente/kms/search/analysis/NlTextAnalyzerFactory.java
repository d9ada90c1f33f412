package nl.gemeente.kms.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * {@code nl_text}: the ready-made Dutch analyzer, identical to the custom chain
 * {@code standard} + {@code nl_lowercase} + {@code nl_asciifolding} + {@code nl_stop} + {@code nl_stemmer}
 * (all with default settings). Use {@code "analyzer": "nl_text"} on a field, or {@code {"type": "nl_text"}}.
 * "De paspoorten van het café" &rarr; paspoort, caf; "rijbewijzen" &rarr; rijbewijs.
 */
@NamedComponent(NlTextAnalyzerFactory.NAME)
public class NlTextAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "nl_text";

    @Override
    public Analyzer create() {
        return new NlTextAnalyzer();
    }

    /** The Lucene analyzer behind {@code nl_text}. */
    static final class NlTextAnalyzer extends Analyzer {
        private final CharArraySet stopWords = DutchAnalysis.defaultStopWords();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(tokenizer);
            ts = new ASCIIFoldingFilter(ts);
            ts = new StopFilter(ts, stopWords);
            ts = DutchAnalysis.stem(ts, null, DutchAnalysis.defaultOverrideMap(), true);
            return new TokenStreamComponents(tokenizer, ts);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
