package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.entente.SharedData;
import org.entente.extract.Article;
import org.entente.extract.ArticleReader;
import org.entente.extract.Section;
import org.junit.jupiter.api.Test;

/** A section's stored text analysed again gives back the characters of every position the index holds. */
class AnalyzedTextTest {
  private static final Analyzer ANALYZER = Schema.indexAnalyzer();

  @Test
  void offsetsPointAtTheWordsOfEachPositionWithGapsForStopWords() {
    String text = "The Treaty of Rapallo was signed by Chicherin's delegation.";
    AnalyzedText.Offsets offsets = AnalyzedText.offsets(ANALYZER, Schema.BODY, text, Integer.MAX_VALUE);
    // "The" (0) and "of" (2) are stop words: their positions stay, empty, so phrases keep their gaps.
    assertEquals("Treaty", text.substring(offsets.start(1), offsets.end(1)));
    assertEquals("Rapallo", text.substring(offsets.start(3), offsets.end(3)));
    assertEquals("Chicherin's", text.substring(offsets.start(7), offsets.end(7)));
    assertEquals("delegation", text.substring(offsets.start(8), offsets.end(8)));
  }

  @Test
  void everyPositionOfARealArticleMapsToTextThatAnalysesToItsTerm() throws Exception {
    Article article = ArticleReader.read(SharedData.corpusFile("Treaty_of_Rapallo_(1922).html"), "Treaty_of_Rapallo_(1922).html");
    int checked = 0;
    for (Section section : article.sections()) {
      String text = section.text();
      List<String> terms = AnalyzedText.terms(ANALYZER, Schema.BODY, text);
      AnalyzedText.Offsets offsets = AnalyzedText.offsets(ANALYZER, Schema.BODY, text, Integer.MAX_VALUE);
      int t = 0;
      for (int p = 0; p < offsets.starts().length; p++) {
        if (offsets.end(p) == 0) continue; // a stop word's gap
        String word = text.substring(offsets.start(p), offsets.end(p));
        assertEquals(terms.get(t++), AnalyzedText.terms(ANALYZER, Schema.BODY, word).get(0), word);
        checked++;
      }
      assertEquals(terms.size(), t);
    }
    assertTrue(checked > 200, checked + " positions checked");
  }

  @Test
  void theTokenizerAloneNumbersPositionsAsTheWholeAnalysisDoes() throws Exception {
    Analyzer tokenizer = EnglishTextAnalyzer.positions();
    int compared = 0;
    for (String name : List.of("Treaty_of_Rapallo_(1922).html", "Kellogg–Briand_Pact.html")) {
      for (Section section : ArticleReader.read(SharedData.corpusFile(name), name).sections()) {
        AnalyzedText.Offsets full = AnalyzedText.offsets(ANALYZER, Schema.BODY, section.text(), Integer.MAX_VALUE);
        AnalyzedText.Offsets fast = AnalyzedText.offsets(tokenizer, Schema.BODY, section.text(), Integer.MAX_VALUE);
        assertTrue(fast.starts().length >= full.starts().length); // a trailing stop word has a position too
        for (int p = 0; p < full.starts().length; p++) {
          if (full.end(p) == 0) continue;
          assertEquals(full.start(p), fast.start(p), section.heading() + " position " + p);
          assertEquals(full.end(p), fast.end(p));
          compared++;
        }
      }
    }
    assertTrue(compared > 500, compared + " positions compared");
  }

  @Test
  void offsetsStopAtTheLastPositionAsked() {
    String text = "Litvinov met Mussolini in Rome in December 1933.";
    AnalyzedText.Offsets offsets = AnalyzedText.offsets(ANALYZER, Schema.BODY, text, 2);
    assertEquals(3, offsets.starts().length);
    assertEquals("Mussolini", text.substring(offsets.start(2), offsets.end(2)));
  }
}
