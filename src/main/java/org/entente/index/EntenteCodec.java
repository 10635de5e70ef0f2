package org.entente.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's default codec with stored fields compressed harder in small chunks. Section text is most of
 * the index: DEFLATE with a preset dictionary keeps it about 30 % smaller than the default LZ4, and
 * chunks of 60 KB instead of Lucene's 480 KB keep the cost of reading one section (a snippet) small.
 * Found by name through the service file, so an index written with it opens wherever Entente runs.
 */
public final class EntenteCodec extends FilterCodec {
  public static final String NAME = "Entente912";
  private static final int CHUNK_BYTES = 60 * 1024;
  private static final int MAX_DOCS_PER_CHUNK = 512;
  private static final int BLOCK_SHIFT = 10;

  private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
      "EntenteStoredFields", Lucene90StoredFieldsFormat.BEST_COMPRESSION_MODE, CHUNK_BYTES, MAX_DOCS_PER_CHUNK,
      BLOCK_SHIFT);

  public EntenteCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
