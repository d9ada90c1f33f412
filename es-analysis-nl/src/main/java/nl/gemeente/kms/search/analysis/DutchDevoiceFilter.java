package nl.gemeente.kms.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Replaces a final {@code z} by {@code s} and a final {@code v} by {@code f} in stems (not in keyword-marked tokens).
 *
 * <p>The Snowball Dutch stemmer strips plural and verb endings but leaves the voiced consonant that Dutch spelling
 * writes before them: rijbewijzen &rarr; rijbewijz but rijbewijs &rarr; rijbewijs, huizen &rarr; huiz, brieven &rarr;
 * briev. Lucene's former Dutch stemmer (org.apache.lucene.analysis.nl.DutchStemmer, removed in Lucene 9) ended with
 * the same substitution. Applied at index and search time alike, it only merges stems.
 */
final class DutchDevoiceFilter extends TokenFilter {

    private static final int MIN_LENGTH = 3;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    DutchDevoiceFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length >= MIN_LENGTH) {
            char[] buffer = term.buffer();
            char last = buffer[length - 1];
            if ((last == 'z' || last == 'v') && buffer[length - 2] != last) {
                buffer[length - 1] = last == 'z' ? 's' : 'f';
            }
        }
        return true;
    }
}
