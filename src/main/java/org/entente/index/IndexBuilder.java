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
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import java.util.Optional;
import org.entente.corpus.CorpusFile;
import org.entente.corpus.CorpusManifest;
import org.entente.corpus.CorpusScanner;
import org.entente.extract.DocumentBytes;
import org.entente.enrich.Enricher;
import org.entente.extract.Article;
import org.entente.extract.ArticleReader;
import org.entente.extract.ExtractionException;

/**
 * Brings the index in step with the corpus folder: new and changed files are extracted and indexed
 * (on every core), removed files leave the index, unchanged ones are not read. A run is one atomic
 * commit; until it commits, searchers see the previous one, and a killed run leaves that commit intact.
 * A file that cannot be indexed (empty, binary, too large, unreadable, gone) is skipped with its reason.
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
  private final long maxFileSize;
  private final Enricher enricher = new Enricher();
  private final ArticleDocuments documents = new ArticleDocuments();
  /** Held while committing, so that {@link #stop} either waits for a commit or prevents it. */
  private final Object commitLock = new Object();
  private volatile boolean stopped;
  private boolean building;
  private IndexWriter running;

  public IndexBuilder(Path corpus, Path indexDir, int threads) {
    this(corpus, indexDir, threads, DocumentBytes.DEFAULT_MAX_BYTES);
  }

  /** A builder that skips files larger than {@code maxFileSize} bytes. */
  public IndexBuilder(Path corpus, Path indexDir, int threads, long maxFileSize) {
    this.corpus = corpus;
    this.indexDir = indexDir;
    this.threads = Math.max(1, threads);
    this.maxFileSize = maxFileSize;
  }

  /**
   * Abandons the build in progress from another thread (a shutdown hook): its writer is rolled back, so
   * the index stays at its last commit. Waits for a commit under way to finish instead. True when a
   * build was abandoned; false when none was running or it had already committed.
   */
  public boolean stop() {
    synchronized (commitLock) {
      boolean abandoned = building;
      stopped = true;
      building = false;
      IndexWriter writer = running;
      running = null;
      if (writer != null) {
        try {
          writer.rollback();
        } catch (IOException | RuntimeException e) {
          // Whatever the rollback did, nothing of this run was committed: the last commit is intact.
        }
      }
      return abandoned;
    }
  }

  public BuildSummary build(boolean rebuild, Listener listener)
      throws IOException, IndexUnavailableException, InterruptedException {
    synchronized (commitLock) {
      if (stopped) throw new InterruptedException("index build stopped");
      building = true;
    }
    try {
      return buildNow(rebuild, listener);
    } finally {
      synchronized (commitLock) {
        building = false;
        running = null;
      }
    }
  }

  private BuildSummary buildNow(boolean rebuild, Listener listener)
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
        synchronized (commitLock) {
          if (stopped) throw new InterruptedException("index build stopped");
          running = writer;
        }
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
        if (stopped) throw new InterruptedException("index build stopped");
        run.flushBuffers();
        removed += run.dropped.get();
        boolean changed = run.added.get() + run.updated.get() + removed > 0;
        synchronized (commitLock) {
          if (stopped) throw new InterruptedException("index build stopped");
          if (changed || !exists || rebuild) {
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, String.valueOf(Schema.VERSION),
                Schema.BUILT_KEY, String.valueOf(System.currentTimeMillis()),
                Schema.CORPUS_KEY, corpus.toAbsolutePath().normalize().toString()).entrySet());
            writer.commit();
          }
          building = false;
          running = null;
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
    config.setCodec(new EntenteCodec());
    // Flushed segments are written once, not written and then copied into a compound file.
    config.setUseCompoundFile(false);
    config.setCommitOnClose(false);
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IndexUnavailableException(indexDir + ": index is being built by another process");
    }
  }

  /** Tasks for a pool of workers. */
  private interface Work {
    void handTo(ExecutorService pool) throws InterruptedException;
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
    /** Files indexed before that can no longer be (vanished, emptied, unreadable): their old documents go. */
    final AtomicInteger dropped = new AtomicInteger();
    final ConcurrentLinkedQueue<BuildSummary.Skip> skipped = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<IOException> failures = new ConcurrentLinkedQueue<>();

    Run(IndexWriter writer, Map<String, Stamp> stamps, Listener listener, CorpusManifest manifest) {
      this.manifest = manifest;
      this.writer = writer;
      this.stamps = stamps;
      this.listener = listener;
    }

    void all(List<CorpusFile> files) throws IOException, InterruptedException {
      // Bounded hand-off: only a few extracted articles wait in memory, whatever the corpus size.
      Semaphore inFlight = new Semaphore(threads * 4);
      onEveryCore(pool -> {
        for (CorpusFile file : files) {
          inFlight.acquire();
          if (!failures.isEmpty() || stopped) break;
          pool.execute(() -> {
            try {
              one(file);
            } finally {
              inFlight.release();
            }
          });
        }
      });
    }

    /**
     * Writes out the documents still buffered in memory, one buffer per core at once: left to the
     * commit, they would all be flushed by its single thread while the other cores wait.
     */
    void flushBuffers() throws IOException, InterruptedException {
      onEveryCore(pool -> {
        for (int i = 0; i < threads; i++) {
          pool.execute(() -> {
            try {
              while (!stopped && writer.flushNextBuffer()) {
                // each call flushes the largest buffer no other thread is flushing
              }
            } catch (IOException | AlreadyClosedException e) {
              fail(e);
            }
          });
        }
      });
    }

    /** Runs the tasks {@code work} hands to a pool of one thread per core, waits for them all, and rethrows the first failure. */
    private void onEveryCore(Work work) throws IOException, InterruptedException {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        work.handTo(pool);
      } finally {
        pool.shutdown();
        pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
      }
      IOException failure = failures.peek();
      if (failure != null) throw failure;
    }

    void one(CorpusFile file) {
      if (stopped || !failures.isEmpty()) return;
      Stamp old = stamps.get(file.name());
      List<Document> block;
      try {
        DocumentBytes bytes = DocumentBytes.read(file.path(), maxFileSize);
        long hash = hash(bytes.bytes());
        if (old != null && old.hash() == hash) {
          unchanged.incrementAndGet();
          listener.done(file.name());
          return;
        }
        Article article = extract(file.name(), bytes);
        // A fetched page's title and URL come from the wiki that served it, not from its HTML.
        Optional<CorpusManifest.Entry> source = manifest.entry(file.name());
        if (source.isPresent()) article = article.withSource(source.get().title(), source.get().url());
        block = documents.build(enricher.enrich(article), file, hash);
      } catch (ExtractionException e) {
        drop(file, old, e.getMessage());
        return;
      } catch (NoSuchFileException e) {
        drop(file, old, "vanished during the run");
        return;
      } catch (AccessDeniedException e) {
        drop(file, old, "permission denied");
        return;
      } catch (IOException e) {
        drop(file, old, "cannot read: " + e.getMessage());
        return;
      } catch (RuntimeException e) {
        drop(file, old, "extraction failed: " + firstLine(e.toString()));
        return;
      } catch (StackOverflowError e) {
        drop(file, old, "markup nested too deeply to extract");
        return;
      } catch (OutOfMemoryError e) {
        drop(file, old, "too large to extract in memory; lower --max-file-size or give java more memory");
        return;
      }
      write(file, old, block);
    }

    private void write(CorpusFile file, Stamp old, List<Document> block) {
      try {
        writer.updateDocuments(Schema.fileTerm(file.name()), block);
        (old == null ? added : updated).incrementAndGet();
        listener.done(file.name());
      } catch (IllegalArgumentException e) {
        // A document Lucene refuses (a term over 32 KB: a title run on through a broken page) leaves
        // the writer usable; only this file is lost.
        drop(file, old, "cannot index: " + firstLine(e.getMessage()));
      } catch (IOException | AlreadyClosedException e) {
        fail(e);
      }
    }

    /**
     * A file that cannot be indexed is reported; if an earlier version of it was indexed, that leaves
     * the index too (counted as removed), so the index never answers with text the corpus no longer has.
     */
    private void drop(CorpusFile file, Stamp old, String reason) {
      if (old != null) {
        try {
          writer.deleteDocuments(Schema.fileTerm(file.name()));
          dropped.incrementAndGet();
        } catch (IOException | AlreadyClosedException e) {
          fail(e);
          return;
        }
      }
      skip(file.name(), reason);
    }

    private void fail(Exception e) {
      // After a rollback (Ctrl-C) the writer is closed on purpose: not a failure of the build.
      if (!stopped) failures.add(e instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }

    void skip(String file, String reason) {
      skipped.add(new BuildSummary.Skip(file, reason));
      listener.skipped(file, reason);
    }
  }

  /** The extractor's view of a file whose bytes passed the checks, decoded as they were checked. */
  static Article extract(String name, DocumentBytes bytes) throws ExtractionException {
    return ArticleReader.read(bytes.text(), name);
  }

  private static String firstLine(String message) {
    String line = String.valueOf(message).lines().findFirst().orElse("");
    return line.length() <= 160 ? line : line.substring(0, 157) + "...";
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
