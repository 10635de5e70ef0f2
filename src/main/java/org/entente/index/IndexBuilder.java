package org.entente.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import java.util.Optional;
import org.entente.corpus.CorpusFile;
import org.entente.corpus.CorpusManifest;
import org.entente.corpus.CorpusScanner;
import org.entente.enrich.Enricher;
import org.entente.extract.Article;
import org.entente.extract.ArticleReader;
import org.entente.extract.ExtractionException;

/**
 * Brings the index in step with the corpus folder: new and changed files are extracted and indexed
 * (on every core), removed files leave the index, unchanged ones are not read. A run is one atomic
 * commit; until it commits, searchers see the previous one, and a killed run leaves that commit intact.
 */
public final class IndexBuilder {
  /** Hears about the work as it happens, to draw progress. */
  public interface Listener {
    default void planned(int filesToRead) {}

    default void done(String file) {}

    default void skipped(String file, String reason) {}
  }

  /** What the index remembers of a file to tell whether it changed. */
  private record Stamp(long size, long modified, long hash) {}

  private final Path corpus;
  private final Path indexDir;
  private final int threads;
  private final Enricher enricher = new Enricher();
  private final ArticleDocuments documents = new ArticleDocuments();

  public IndexBuilder(Path corpus, Path indexDir, int threads) {
    this.corpus = corpus;
    this.indexDir = indexDir;
    this.threads = Math.max(1, threads);
  }

  public BuildSummary build(boolean rebuild, Listener listener)
      throws IOException, IndexUnavailableException, InterruptedException {
    long start = System.nanoTime();
    CorpusScanner.Scan scan = CorpusScanner.scan(corpus);
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      boolean exists = DirectoryReader.indexExists(dir);
      if (exists && !rebuild) {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          IndexStore.checkVersion(reader.getIndexCommit(), indexDir);
        }
      }
      try (IndexWriter writer = openWriter(dir, rebuild)) {
        Map<String, Stamp> stamps = rebuild ? Map.of() : readStamps(writer);
        Run run = new Run(writer, stamps, listener, CorpusManifest.read(corpus));
        for (CorpusScanner.Problem p : scan.problems()) run.skip(p.name(), p.reason());
        List<CorpusFile> toRead = new ArrayList<>();
        Map<String, Boolean> present = new HashMap<>();
        for (CorpusFile file : scan.files()) {
          present.put(file.name(), true);
          Stamp old = stamps.get(file.name());
          if (old != null && old.size() == file.size() && old.modified() == file.modified()) {
            run.unchanged.incrementAndGet();
          } else {
            toRead.add(file);
          }
        }
        int removed = 0;
        for (String file : stamps.keySet()) {
          if (!present.containsKey(file)) {
            writer.deleteDocuments(Schema.fileTerm(file));
            removed++;
          }
        }
        listener.planned(toRead.size());
        run.all(toRead);
        boolean changed = run.added.get() + run.updated.get() + removed > 0;
        if (changed || !exists || rebuild) {
          writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, String.valueOf(Schema.VERSION),
              Schema.BUILT_KEY, String.valueOf(System.currentTimeMillis()),
              Schema.CORPUS_KEY, corpus.toAbsolutePath().normalize().toString()).entrySet());
          writer.commit();
        }
        int articles = countArticles(writer);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BuildSummary(run.added.get(), run.updated.get(), removed, run.unchanged.get(),
            new ArrayList<>(run.skipped), articles, seconds);
      }
    }
  }

  private IndexWriter openWriter(Directory dir, boolean rebuild) throws IOException, IndexUnavailableException {
    IndexWriterConfig config = new IndexWriterConfig(Schema.indexAnalyzer());
    config.setSimilarity(new FieldSimilarity());
    config.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    config.setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(indexDir + ": index is being built by another process");
    }
  }

  /** One run's counters and its pool of workers. */
  private final class Run {
    final IndexWriter writer;
    final Map<String, Stamp> stamps;
    final Listener listener;
    final CorpusManifest manifest;
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final ConcurrentLinkedQueue<BuildSummary.Skip> skipped = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<IOException> failures = new ConcurrentLinkedQueue<>();

    Run(IndexWriter writer, Map<String, Stamp> stamps, Listener listener, CorpusManifest manifest) {
      this.manifest = manifest;
      this.writer = writer;
      this.stamps = stamps;
      this.listener = listener;
    }

    void all(List<CorpusFile> files) throws IOException, InterruptedException {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      // Bounded hand-off: only a few extracted articles wait in memory, whatever the corpus size.
      Semaphore inFlight = new Semaphore(threads * 4);
      try {
        for (CorpusFile file : files) {
          inFlight.acquire();
          if (!failures.isEmpty()) break;
          pool.execute(() -> {
            try {
              one(file);
            } finally {
              inFlight.release();
            }
          });
        }
      } finally {
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      }
      IOException failure = failures.peek();
      if (failure != null) throw failure;
    }

    void one(CorpusFile file) {
      try {
        byte[] bytes = Files.readAllBytes(file.path());
        long hash = hash(bytes);
        Stamp old = stamps.get(file.name());
        if (old != null && old.hash() == hash) {
          unchanged.incrementAndGet();
          listener.done(file.name());
          return;
        }
        Article article = ArticleReader.read(file.path(), file.name());
        // A fetched page's title and URL come from the wiki that served it, not from its HTML.
        Optional<CorpusManifest.Entry> source = manifest.entry(file.name());
        if (source.isPresent()) article = article.withSource(source.get().title(), source.get().url());
        List<Document> block = documents.build(enricher.enrich(article), file, hash);
        writer.updateDocuments(Schema.fileTerm(file.name()), block);
        (old == null ? added : updated).incrementAndGet();
        listener.done(file.name());
      } catch (ExtractionException e) {
        skip(file.name(), e.getMessage());
      } catch (NoSuchFileException e) {
        skip(file.name(), "vanished during the run");
      } catch (AccessDeniedException e) {
        skip(file.name(), "permission denied");
      } catch (IOException e) {
        if (writer.isOpen()) skip(file.name(), "cannot read: " + e.getMessage());
        else failures.add(e);
      } catch (RuntimeException | OutOfMemoryError e) {
        skip(file.name(), "extraction failed: " + e);
      }
    }

    void skip(String file, String reason) {
      skipped.add(new BuildSummary.Skip(file, reason));
      listener.skipped(file, reason);
    }
  }

  static long hash(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return ((long) bytes.length << 32) ^ crc.getValue();
  }

  private static Map<String, Stamp> readStamps(IndexWriter writer) throws IOException {
    Map<String, Stamp> stamps = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight weight = searcher.createWeight(searcher.rewrite(Schema.articles()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) continue;
        LeafReader lr = leaf.reader();
        StoredFields stored = lr.storedFields();
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if (lr.getLiveDocs() != null && !lr.getLiveDocs().get(doc)) continue;
          Document d = stored.document(doc);
          stamps.put(d.get(Schema.FILE), new Stamp(d.getField(Schema.SIZE).numericValue().longValue(),
              d.getField(Schema.MODIFIED).numericValue().longValue(), d.getField(Schema.HASH).numericValue().longValue()));
        }
      }
    }
    return stamps;
  }

  private static int countArticles(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return new IndexSearcher(reader).count(Schema.articles());
    }
  }
}
