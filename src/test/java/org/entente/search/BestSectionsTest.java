package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.entente.CorpusIndex;
import org.entente.index.Schema;
import org.junit.jupiter.api.Test;

class BestSectionsTest {
  private static final Searcher searcher = CorpusIndex.searcher();
  private static final IndexSearcher lucene = searcher.indexSearcher();

  @Test
  void everyHitGetsTheSectionASearchWithinItsArticleWouldPick() throws Exception {
    for (String q : new String[] {"treaty", "Brenner Pass", "naval tonnage capital ships", "\"secret protocol\""}) {
      assertSameAsOneSearchPerArticle(q, null);
      assertSameAsOneSearchPerArticle(q, LongRange.newIntersectsQuery(Schema.DATES_MENTIONED,
          new long[] {LocalDate.of(1933, 1, 1).toEpochDay()}, new long[] {LocalDate.of(1934, 12, 31).toEpochDay()}));
    }
  }

  @Test
  void withoutWordsTheFirstSectionWithADateInTheRangeIsShown() throws Exception {
    Query in1933 = LongRange.newIntersectsQuery(Schema.DATES_MENTIONED,
        new long[] {LocalDate.of(1933, 1, 1).toEpochDay()}, new long[] {LocalDate.of(1933, 12, 31).toEpochDay()});
    int[] best = assertSameAsOneSearchPerArticle("", in1933);
    long beyondTheLead = java.util.Arrays.stream(best).filter(doc -> {
      try {
        Document section = lucene.storedFields().document(doc);
        return section.getField(Schema.SECTION).numericValue().intValue() > 0 && section.get(Schema.BODY).contains("1933");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).count();
    assertTrue(beyondTheLead > 0, "some article shows a later section for its 1933 date");
  }

  @Test
  void withoutWordsOrDatesTheLeadIsShown() throws Exception {
    TopDocs top = articles("Locarno", 5);
    int[] best = BestSections.of(lucene, docs(top), counts(top), null, Optional.empty());
    for (int i = 0; i < best.length; i++) {
      Document lead = lucene.storedFields().document(best[i]);
      assertEquals(0, lead.getField(Schema.SECTION).numericValue().intValue());
    }
  }

  /** The rule as it reads: a top-1 search in the article's sections, with the dates, then without. */
  private static int[] assertSameAsOneSearchPerArticle(String q, Query dates) throws Exception {
    Query words = q.isEmpty() ? null : new QuerySyntax().parse(q).sections();
    TopDocs top = q.isEmpty() ? lucene.search(new BooleanQuery.Builder().add(Schema.articles(), Occur.FILTER)
        .add(dates, Occur.FILTER).build(), 30) : articles(q, 30);
    int[] expected = new int[top.scoreDocs.length];
    for (int i = 0; i < expected.length; i++) {
      String file = lucene.storedFields().document(top.scoreDocs[i].doc).get(Schema.FILE);
      expected[i] = top.scoreDocs[i].doc - counts(top)[i];
      for (Query filter : dates == null ? new Query[] {null} : new Query[] {dates, null}) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
            .add(new TermQuery(Schema.fileTerm(file)), Occur.FILTER)
            .add(Schema.proseSections(), Occur.FILTER);
        if (words != null) b.add(words, Occur.MUST);
        if (filter != null) b.add(filter, Occur.FILTER);
        if (words == null && filter == null) break;
        ScoreDoc[] one = lucene.search(b.build(), 1).scoreDocs;
        if (one.length > 0) {
          expected[i] = one[0].doc;
          break;
        }
      }
    }
    int[] best = BestSections.of(lucene, docs(top), counts(top), words, Optional.ofNullable(dates));
    assertArrayEquals(expected, best, q + (dates == null ? "" : " with dates"));
    return best;
  }

  private static TopDocs articles(String q, int n) throws Exception {
    QuerySyntax.Parsed parsed = new QuerySyntax().parse(q);
    return lucene.search(searcher.articleQuery(SearchRequest.of(q, n), parsed), n);
  }

  private static int[] docs(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
    return docs;
  }

  private static int[] counts(TopDocs top) throws Exception {
    int[] counts = new int[top.scoreDocs.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = lucene.storedFields().document(top.scoreDocs[i].doc).getField(Schema.SECTION_COUNT).numericValue().intValue();
    }
    return counts;
  }
}
