package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.entente.CorpusIndex;
import org.entente.SharedData;
import org.entente.index.IndexStore;
import org.entente.index.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed input a user can type gives exit code 2 and one line on stderr, starting "entente: ",
 * with no stack trace; --debug adds the trace.
 */
class ErrorMessagesTest {
  @TempDir Path tmp;

  private static String index() {
    return CorpusIndex.get().toString();
  }

  /** The table: what the user typed, and a word the one line must contain. */
  static Stream<Arguments> malformed() {
    String words300 = IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    String words1100 = IntStream.range(0, 1100).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    List<Arguments> rows = new ArrayList<>(List.of(
        // Flags.
        row("no command", List.of(), "missing command"),
        row("unknown command", List.of("serch", "Locarno"), "unknown command 'serch'"),
        row("unknown option", List.of("search", "--index", index(), "--bogus", "x"), "--bogus"),
        row("limit not a number", List.of("search", "--index", index(), "--limit", "many", "x"), "--limit"),
        row("limit zero", List.of("search", "--index", index(), "--limit", "0", "x"), "--limit"),
        row("limit without value", List.of("search", "--index", index(), "x", "--limit"), "--limit"),
        row("colour unknown", List.of("search", "--index", index(), "--color", "purple", "x"), "--color"),
        row("no query", List.of("search", "--index", index()), "QUERY"),
        row("threads not a number", List.of("index", "--threads", "two"), "--threads"),
        row("threads zero", List.of("index", "--threads", "0", "--corpus", "corpus", "--index", "target/never"), "--threads"),
        row("size not a size", List.of("index", "--max-file-size", "lots"), "--max-file-size"),
        row("size zero", List.of("index", "--max-file-size", "0"), "--max-file-size"),
        row("size too large", List.of("index", "--max-file-size", "3GB"), "--max-file-size"),
        row("corpus missing", List.of("index", "--corpus", "/nonexistent/corpus", "--index", "target/never"), "corpus folder not found"),
        row("corpus is a file", List.of("index", "--corpus", "pom.xml", "--index", "target/never"), "not a folder"),
        row("extract missing file", List.of("extract", "corpus/No_such_page.html"), "no such file"),
        // Queries.
        row("unclosed quote", query("\"Locarno Treaties"), "quote"),
        row("unclosed parenthesis", query("(Locarno OR Rapallo"), "parenthesis"),
        row("stray parenthesis", query("Locarno)"), "')'"),
        row("leading wildcard", query("*ation"), "wildcard"),
        row("leading question mark", query("?reaty"), "wildcard"),
        row("unknown field", query("colour:red"), "unknown field"),
        row("field without term", query("title:"), "ends too early"),
        row("lone operator", query("AND"), "need a term on each side"),
        row("dangling operator", query("Locarno AND"), "ends too early"),
        row("open range", query("title:[a TO"), "ends too early"),
        row("bad regular expression", query("/[a/"), "parse"),
        row("300 words", query(words300), "more specific"),
        row("1100 words", query(words1100), "more specific")));
    rows.add(row("month 13", List.of("search", "--index", index(), "--from", "1933-13", "x"), "1933-13"));
    rows.add(row("not a date", List.of("search", "--index", index(), "--from", "yesterday", "x"), "yesterday"));
    rows.add(row("day 32", List.of("search", "--index", index(), "--to", "1933-01-32", "x"), "1933-01-32"));
    return rows.stream();
  }

  private static List<String> query(String q) {
    return List.of("search", "--index", index(), q);
  }

  private static Arguments row(String name, List<String> args, String mentions) {
    return Arguments.of(name, args, mentions);
  }

  static void assertOneLineError(MainTest.Run r, String mentions) {
    assertEquals(2, r.code(), "exit code; stderr: " + r.err());
    List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
    assertEquals(1, lines.size(), "one line on stderr:\n" + r.err());
    String line = lines.get(0);
    assertTrue(line.startsWith("entente: "), line);
    assertFalse(line.contains("Exception") || line.contains("at org.") || line.contains("\tat "), line);
    assertTrue(line.contains(mentions), "should mention '" + mentions + "': " + line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedInputGivesOneLineAndExitTwo(String name, List<String> args, String mentions) {
    assertOneLineError(MainTest.run(args.toArray(String[]::new)), mentions);
  }

  @Test
  void debugShowsTheStackTraceOfAQueryThatExpandsTooFar() {
    String words = IntStream.range(0, 300).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    MainTest.Run r = MainTest.run("search", "--debug", "--index", index(), words);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("\tat org."), r.err());
  }

  @Test
  void anIndexOfAnotherSchemaVersionIsRefusedWithTheFix() throws Exception {
    Path index = tmp.resolve("old-index");
    try (FSDirectory dir = FSDirectory.open(index); IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(Schema.VERSION_KEY, "0").entrySet());
      w.commit();
    }
    MainTest.Run r = MainTest.run("search", "--index", index.toString(), "Locarno");
    assertOneLineError(r, "run `entente index --rebuild`");
  }

  @Test
  void anIndexFolderThatDoesNotExistIsCreatedWithItsParents() throws Exception {
    Path corpus = smallCorpus();
    Path index = tmp.resolve("no/such/deep/index");
    MainTest.Run r = MainTest.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(IndexStore.exists(index));
  }

  @Test
  void strictTurnsAnySkipIntoExitTwoAfterIndexingTheRest() throws Exception {
    Path corpus = smallCorpus();
    Files.write(corpus.resolve("empty.html"), new byte[0]);
    Path index = tmp.resolve("index");
    MainTest.Run lenient = MainTest.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, lenient.code(), lenient.err());
    assertTrue(lenient.err().contains("skipped empty.html: empty file"), lenient.err());
    MainTest.Run strict = MainTest.run("index", "--strict", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(2, strict.code(), strict.err());
    assertTrue(strict.err().contains("skipped empty.html: empty file"), strict.err());
    assertTrue(strict.err().contains("0 added, 0 updated, 0 removed, 1 unchanged, 1 skipped; 1 articles"), strict.err());
    assertTrue(strict.err().strip().endsWith("entente: 1 file was skipped and --strict is set"), strict.err());
  }

  @Test
  void aSecondIndexerOnTheSameIndexExitsTwo() throws Exception {
    Path corpus = smallCorpus();
    Path index = tmp.resolve("index");
    assertEquals(0, MainTest.run("index", "--corpus", corpus.toString(), "--index", index.toString()).code());
    try (FSDirectory dir = FSDirectory.open(index); IndexWriter holder = new IndexWriter(dir, new IndexWriterConfig())) {
      // Another process: the real binary, exit code and all.
      Path err = tmp.resolve("err.txt");
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), "org.entente.cli.Main", "index",
          "--corpus", corpus.toString(), "--index", index.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
      assertTrue(child.waitFor(120, TimeUnit.SECONDS));
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      assertOneLineError(new MainTest.Run(child.exitValue(), "", stderr), "index is being built by another process");
      // And in this process, as the launcher's `search` would see it meanwhile: searches still answer.
      assertOneLineError(MainTest.run("index", "--corpus", corpus.toString(), "--index", index.toString()),
          "index is being built by another process");
      assertEquals(0, MainTest.run("search", "--index", index.toString(), "Dawes").code());
    }
  }

  private Path smallCorpus() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.copy(SharedData.corpusFile("Dawes_Plan.html"), corpus.resolve("Dawes_Plan.html"));
    return corpus;
  }

}
