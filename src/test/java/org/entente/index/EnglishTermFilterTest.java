package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.entente.SharedData;
import org.entente.extract.Article;
import org.entente.extract.ArticleReader;
import org.entente.extract.Section;
import org.junit.jupiter.api.Test;

/** The remembered terms are the terms the filters make of every word, at the same positions. */
class EnglishTermFilterTest {
  /** The chain the filter stands for, each filter run on every token. */
  private static final Analyzer FILTERS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, EnglishTermFilter.steps(source));
    }
  };
  private static final Analyzer REMEMBERED = new EnglishTextAnalyzer();

  @Test
  void possessivesStopWordsAccentsAndStemsComeOutAsTheFiltersMakeThem() throws IOException {
    String text = "The Treaty of Sèvres, Mussolini's O'Neil's 's and THE treaties' signatories ratified "
        + "Beneš’s 1920s Locarno-Pact talks of the the of";
    assertEquals(tokens(FILTERS, text), tokens(REMEMBERED, text));
    assertEquals(tokens(FILTERS, text), tokens(REMEMBERED, text), "the second time, from memory");
  }

  @Test
  void everyArticleOfTheStarterCorpusAnalysesAsBefore() throws Exception {
    int words = 0;
    for (Path file : SharedData.corpusFiles()) {
      Article article = ArticleReader.read(file, file.getFileName().toString());
      for (Section section : article.sections()) {
        List<String> expected = tokens(FILTERS, section.text());
        assertEquals(expected, tokens(REMEMBERED, section.text()), file + " §" + section.index());
        words += expected.size();
      }
    }
    assertTrue(words > 50_000, words + " words compared");
  }

  /** Each token as term, position increment and offsets, and the final increment and offset. */
  private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term + "+" + increment.getPositionIncrement() + "@" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
      tokens.add("end+" + increment.getPositionIncrement() + "@" + offset.endOffset());
    }
    return tokens;
  }
}
