package nl.gemeente.kms.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** {@code nl_lowercase}: Lucene {@code LowerCaseFilter}; also applied to multi-term queries (prefix, wildcard, fuzzy). */
@NamedComponent(NlLowercaseTokenFilterFactory.NAME)
public class NlLowercaseTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "nl_lowercase";

    @Override
    public TokenStream create(TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public TokenStream normalize(TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
