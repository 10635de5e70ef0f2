package org.entente.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusManifestTest {
  @TempDir Path corpus;

  static final CorpusManifest.Entry SEVRES = new CorpusManifest.Entry("Treaty_of_Sèvres.html", "Treaty of Sèvres",
      1234567, "https://en.wikipedia.org/wiki/Treaty_of_S%C3%A8vres", Instant.parse("2025-11-25T15:25:00Z"),
      List.of("Treaty of Sevres", "Sèvres treaty"));

  @Test
  void isEmptyWhenTheCorpusHasNone() throws IOException {
    CorpusManifest m = CorpusManifest.read(corpus);
    assertEquals(List.of(), m.entries());
    assertEquals(Optional.empty(), m.entry("Treaty_of_Sèvres.html"));
    assertTrue(Files.notExists(corpus.resolve(".entente-manifest.tsv")), "reading creates nothing");
  }

  @Test
  void keepsEveryFieldAcrossWriteAndRead() throws IOException {
    CorpusManifest m = CorpusManifest.read(corpus);
    m.put(SEVRES);
    m.write();

    CorpusManifest again = CorpusManifest.read(corpus);
    assertEquals(Optional.of(SEVRES), again.entry("Treaty_of_Sèvres.html"));
    assertEquals(List.of(
            "# entente corpus manifest v1\tfile\ttitle\trevision\turl\tfetched\tredirects_from (|-separated)",
            "Treaty_of_Sèvres.html\tTreaty of Sèvres\t1234567\thttps://en.wikipedia.org/wiki/Treaty_of_S%C3%A8vres\t"
                + "2025-11-25T15:25:00Z\tTreaty of Sevres|Sèvres treaty"),
        Files.readAllLines(corpus.resolve(".entente-manifest.tsv")));
    try (Stream<Path> files = Files.list(corpus)) {
      assertEquals(List.of(".entente-manifest.tsv"), files.map(p -> p.getFileName().toString()).toList(), "no temp file left");
    }
  }

  @Test
  void findsAnEntryByTitleOrByARedirectToIt() throws IOException {
    CorpusManifest m = CorpusManifest.read(corpus);
    m.put(SEVRES);
    assertEquals(Optional.of(SEVRES), m.entryForTitle("Treaty of Sèvres"));
    assertEquals(Optional.of(SEVRES), m.entryForTitle("Treaty_of_Sevres"));
    assertEquals(Optional.empty(), m.entryForTitle("Treaty of Trianon"));

    m.put(new CorpusManifest.Entry(SEVRES.file(), SEVRES.title(), 2, SEVRES.url(), SEVRES.fetched(), List.of()));
    assertEquals(Optional.empty(), m.entryForTitle("Treaty of Sevres"), "a replaced entry forgets its old redirects");
    assertEquals(2, m.entryForTitle("Treaty of Sèvres").orElseThrow().revision());
  }

  @Test
  void refusesADamagedFileWithAMessageSayingWhatToDo() throws IOException {
    Files.writeString(corpus.resolve(".entente-manifest.tsv"), "# header\nTreaty_of_Sèvres.html\tTreaty of Sèvres\tnot-a-number\n");
    IOException e = assertThrows(IOException.class, () -> CorpusManifest.read(corpus));
    assertTrue(e.getMessage().contains("line 2 is damaged") && e.getMessage().contains("entente fetch --refresh"), e.getMessage());
  }

  @Test
  void rejectsFieldsThatWouldBreakTheTable() {
    assertThrows(IllegalArgumentException.class, () -> new CorpusManifest.Entry("a.html", "A\tB", 1, "u", Instant.EPOCH, List.of()));
    assertThrows(IllegalArgumentException.class, () -> new CorpusManifest.Entry("a.html", "A", 1, "u", Instant.EPOCH, List.of("B|C")));
  }
}
