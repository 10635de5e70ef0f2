package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.entente.CorpusIndex;
import org.entente.enrich.EntityType;
import org.junit.jupiter.api.Test;

/**
 * What the index holds, and does not hold, on the starter corpus: the economies that keep it small and
 * fast to build must not silently come undone.
 */
class IndexShapeTest {
  private static final DirectoryReader reader = CorpusIndex.searcher().reader();

  @Test
  void everySegmentIsWrittenWithEntentesCodec() throws IOException {
    SegmentInfos infos = SegmentInfos.readLatestCommit(reader.directory());
    assertTrue(infos.size() > 0);
    for (SegmentCommitInfo info : infos) assertEquals(EntenteCodec.NAME, info.info.getCodec().getName());
  }

  @Test
  void theSpellingFieldOnlyRecordsWhichArticlesHaveEachWord() throws IOException {
    long words = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      assertEquals(IndexOptions.DOCS, leaf.reader().getFieldInfos().fieldInfo(Schema.SPELL).getIndexOptions());
      words += leaf.reader().terms(Schema.SPELL).size();
      assertOnArticlesOnly(leaf, Schema.SPELL);
    }
    assertTrue(words > 1000, words + " spelling words");
    assertTrue(reader.docFreq(new org.apache.lucene.index.Term(Schema.SPELL, "chicherin")) > 0);
  }

  @Test
  void sectionTextKeepsPositionsForPhrasesButNoOffsets() throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
          leaf.reader().getFieldInfos().fieldInfo(Schema.BODY).getIndexOptions());
    }
  }

  /** kwic orders lines by folded title, read from doc values: every article has one, none of its sections. */
  @Test
  void everyArticleHasItsFoldedTitleAsDocValues() throws IOException {
    int checked = 0;
    org.apache.lucene.index.StoredFields stored = reader.storedFields();
    for (LeafReaderContext leaf : reader.leaves()) {
      BitSet articles = Schema.parents().getBitSet(leaf);
      org.apache.lucene.index.SortedDocValues titles = leaf.reader().getSortedDocValues(Schema.TITLE_KEY);
      for (int d = titles.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = titles.nextDoc()) {
        assertTrue(articles.get(d), "title key on a section document");
        String title = stored.document(leaf.docBase + d).get(Schema.TITLE);
        assertEquals(ArticleDocuments.titleKey(title), titles.lookupOrd(titles.ordValue()).utf8ToString());
        checked++;
      }
    }
    assertEquals(reader.numDocs() - sectionCount(), checked);
    assertEquals("treaty of sevres", ArticleDocuments.titleKey("Treaty of Sèvres"));
  }

  private static int sectionCount() throws IOException {
    return new org.apache.lucene.search.IndexSearcher(reader).count(new org.apache.lucene.search.TermQuery(
        new org.apache.lucene.index.Term(Schema.KIND, Schema.KIND_SECTION)));
  }

  @Test
  void entityNamesAndDrillDownTermsAreOnArticlesOnly() throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      for (EntityType type : EntityType.values()) assertOnArticlesOnly(leaf, Schema.entityField(type));
      assertOnArticlesOnly(leaf, Schema.FACET_TERMS);
      // Sections are counted by year and month (doc values) but never filtered: no terms at all.
      assertNull(leaf.reader().terms(Schema.SECTION_FACETS));
      assertTrue(leaf.reader().getSortedSetDocValues(Schema.SECTION_FACETS) != null);
    }
  }

  @Test
  void eachFacetDimensionHasAFieldOfItsOwnValuesOnly() throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      // Counting persons must not read states and years: the drill-down terms' field has no values.
      assertNull(leaf.reader().getSortedSetDocValues(Schema.FACET_TERMS));
      for (String dim : List.of(Schema.facetDim(EntityType.PERSON), Schema.facetDim(EntityType.STATE), Schema.YEAR)) {
        SortedSetDocValues values = leaf.reader().getSortedSetDocValues(Schema.facetField(dim));
        assertTrue(values != null && values.getValueCount() > 0, dim);
        TermsEnum te = values.termsEnum();
        for (BytesRef value = te.next(); value != null; value = te.next()) {
          assertEquals(dim, FacetsConfig.stringToPath(value.utf8ToString())[0], value.utf8ToString());
        }
      }
    }
  }

  private static void assertOnArticlesOnly(LeafReaderContext leaf, String field) throws IOException {
    LeafReader r = leaf.reader();
    Terms terms = r.terms(field);
    if (terms == null) return;
    BitSet articles = Schema.parents().getBitSet(leaf);
    TermsEnum te = terms.iterator();
    PostingsEnum docs = null;
    Set<String> checked = new java.util.HashSet<>();
    while (te.next() != null) {
      docs = te.postings(docs, PostingsEnum.NONE);
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        assertTrue(articles.get(d), field + ":" + te.term().utf8ToString() + " on a section document");
      }
      checked.add(te.term().utf8ToString());
    }
    assertTrue(!checked.isEmpty(), field);
  }
}
