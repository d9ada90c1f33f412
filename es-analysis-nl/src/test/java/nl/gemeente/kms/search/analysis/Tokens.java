package nl.gemeente.kms.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/** Runs Lucene token streams and collects what they emit. */
final class Tokens {

    /** One emitted token: its text, absolute position and position length (graph span). */
    record Token(String term, int position, int positionLength) {
        @Override
        public String toString() {
            return term + "@" + position + (positionLength == 1 ? "" : "+" + positionLength);
        }
    }

    private Tokens() {
    }

    /** Standard tokenizer followed by the given filters, in order; returns the terms. */
    @SafeVarargs
    static List<String> terms(String text, UnaryOperator<TokenStream>... filters) {
        return detailed(text, new StandardTokenizer(), filters).stream().map(Token::term).toList();
    }

    @SafeVarargs
    static List<Token> detailed(String text, UnaryOperator<TokenStream>... filters) {
        return detailed(text, new StandardTokenizer(), filters);
    }

    @SafeVarargs
    static List<String> whitespaceTerms(String text, UnaryOperator<TokenStream>... filters) {
        return detailed(text, new WhitespaceTokenizer(), filters).stream().map(Token::term).toList();
    }

    @SafeVarargs
    private static List<Token> detailed(String text, Tokenizer tokenizer, UnaryOperator<TokenStream>... filters) {
        tokenizer.setReader(new StringReader(text));
        TokenStream ts = tokenizer;
        for (UnaryOperator<TokenStream> filter : filters) {
            ts = filter.apply(ts);
        }
        return collect(ts);
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return collect(analyzer.tokenStream("field", text)).stream().map(Token::term).toList();
    }

    static List<Token> collect(TokenStream stream) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream ts = stream) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = ts.addAttribute(PositionLengthAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += posInc.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, posLen.getPositionLength()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
