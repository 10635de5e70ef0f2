package org.entente.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.entente.index.Schema;

/**
 * The searches a resident process runs on itself while no one is asking: a JVM compiles the search path
 * only after it has run it many times (the first searches of a new process take 5–10× longer), and
 * these searches pay that before the user's do. The words are common words of the index, as users'
 * queries tend to be, read from the spelling field (whole words, as typed) at spread-out places in the
 * alphabet; the output options vary as users' do.
 */
final class Warmup {
  /** Terms looked at from each random place: the most frequent of them is searched. */
  private static final int SCAN = 40;

  private final Deque<List<String>> searches = new ArrayDeque<>();
  private volatile int run;

  /** Up to {@code count} searches of {@code index}, whose reader gives the words. */
  Warmup(IndexReader reader, Path index, int count) throws IOException {
    Terms terms = count > 0 ? MultiTerms.getTerms(reader, Schema.SPELL) : null;
    if (terms == null) return;
    TermsEnum te = terms.iterator();
    Random random = new Random(1919);
    for (int i = 0; i < count; i++) {
      String word = commonWordAfter(te, "" + letter(random) + letter(random) + letter(random));
      if (word == null) continue;
      List<String> args = new ArrayList<>(List.of("search", "--index", index.toString()));
      switch (i % 4) {
        case 1 -> args.addAll(List.of("--color", "always"));
        case 3 -> args.add("--json");
        default -> args.addAll(List.of("--color", "never"));
      }
      args.add(word);
      searches.add(args);
    }
  }

  private static char letter(Random random) {
    return (char) ('a' + random.nextInt(26));
  }

  /** The most frequent all-letter word among the few at or after {@code from}, or null. */
  private static String commonWordAfter(TermsEnum te, String from) throws IOException {
    if (te.seekCeil(new BytesRef(from)) == TermsEnum.SeekStatus.END) return null;
    String best = null;
    int bestFreq = 0;
    BytesRef term = te.term();
    for (int n = 0; n < SCAN && term != null; n++, term = te.next()) {
      String word = term.utf8ToString();
      if (te.docFreq() > bestFreq && word.length() > 2 && word.chars().allMatch(Character::isLetter)) {
        best = word;
        bestFreq = te.docFreq();
      }
    }
    return best;
  }

  boolean done() {
    return searches.isEmpty();
  }

  /** The next search's arguments. */
  String[] next() {
    run++;
    return searches.remove().toArray(String[]::new);
  }

  /** How many have been run. */
  int run() {
    return run;
  }
}
