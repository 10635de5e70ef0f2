package org.entente.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.enrich.EntityNames.Word;
import org.entente.enrich.GazetteerEntry.Use;

/**
 * Finds gazetteer names in running text: a trie over folded words, matched left to right, longest
 * name first and only on word boundaries, so "Treaty of Rapallo" wins over "Rapallo" and "Italy"
 * never matches inside "Italyan". Cost is linear in the text (times the longest name in words).
 */
public final class EntityNameScanner {

  /** A gazetteer name found in a text at [start, end), with the entities it may name. */
  public record Match(int start, int end, String surface, List<Candidate> candidates) {}

  /** An entity a matched name may stand for, and how the name may be used (see {@link Use}). */
  public record Candidate(GazetteerEntry entry, String name, Use use) {}

  /** A name as written, kept to check capitals against the text. */
  private record NameForm(Candidate candidate, String[] words) {}

  private final NameNode<NameForm> root = new NameNode<>();
  private int names;

  /** Adds {@code name} as a way to refer to {@code entry}. Names without words are ignored. */
  void add(GazetteerEntry entry, String name, Use use) {
    List<Word> words = EntityNames.words(name);
    if (words.isEmpty()) return;
    NameNode<NameForm> node = root;
    String[] written = new String[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      written[i] = name.substring(w.start(), w.end());
      node = node.child(w.folded());
    }
    String first = words.get(0).folded();
    int bit = mix(first.hashCode()) & (FIRST_WORD_BITS - 1);
    firstWords[bit >>> 6] |= 1L << bit;
    node.addName(new NameForm(new Candidate(entry, name, use), written));
    names++;
  }

  /** How many names the scanner knows. */
  public int size() {
    return names;
  }

  /** Every name in {@code text}, in order, never overlapping; a longer name beats a shorter one. */
  public List<Match> scan(String text) {
    TextWords words = new TextWords(text, firstWords);
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size) {
      if (!words.mayStartName(i)) {
        i++;
        continue;
      }
      NameNode<NameForm> node = root;
      int bestEnd = -1;
      List<Candidate> best = null;
      for (int j = i; j < words.size; j++) {
        node = words.child(node, j);
        if (node == null) break;
        if (node.names != null) {
          List<Candidate> fitting = fitting(node.names, text, words, i);
          if (!fitting.isEmpty()) {
            best = fitting;
            bestEnd = j;
          }
        }
      }
      if (best == null) {
        i++;
      } else {
        int start = words.start[i];
        int end = words.end[bestEnd];
        matches.add(new Match(start, end, text.substring(start, end), best));
        i = bestEnd + 1;
      }
    }
    return matches;
  }

  /**
   * The words of a text as {@link EntityNames#words} finds them, folded only when looked up. Most words
   * begin no name: an ASCII word whose lower-case hash is not among the names' first words is passed
   * over without being copied or folded.
   */
  private static final class TextWords {
    final String text;
    final long[] firstWords;
    int size;
    int[] start;
    int[] end;
    int[] asciiHash;
    boolean[] ascii;
    String[] folded;

    TextWords(String text, long[] firstWords) {
      this.text = text;
      this.firstWords = firstWords;
      // Sized for the words a text of this length usually has, so that long sections are not copied as they grow.
      int capacity = Math.max(16, text.length() / 5);
      start = new int[capacity];
      end = new int[capacity];
      asciiHash = new int[capacity];
      ascii = new boolean[capacity];
      folded = new String[capacity];
      int n = text.length();
      int i = 0;
      while (i < n) {
        while (i < n && !EntityNames.isWordChar(text.charAt(i))) i++;
        int from = i;
        boolean isAscii = true;
        int hash = 0;
        while (i < n) {
          char c = text.charAt(i);
          if (!EntityNames.isWordChar(c)) break;
          if (c >= 128) isAscii = false;
          hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
          i++;
        }
        if (i > from) add(from, i, isAscii, hash);
      }
    }

    private void add(int from, int to, boolean isAscii, int hash) {
      if (size == start.length) {
        int grown = size * 2;
        start = Arrays.copyOf(start, grown);
        end = Arrays.copyOf(end, grown);
        asciiHash = Arrays.copyOf(asciiHash, grown);
        ascii = Arrays.copyOf(ascii, grown);
        folded = Arrays.copyOf(folded, grown);
      }
      start[size] = from;
      end[size] = to;
      asciiHash[size] = hash;
      ascii[size] = isAscii;
      size++;
    }

    /** False only when the word surely begins no name; a word with other than ASCII letters is always tried. */
    boolean mayStartName(int w) {
      return !ascii[w] || containsHash(firstWords, asciiHash[w]);
    }

    /** The node of word {@code w} below {@code node}, or null. */
    <T> NameNode<T> child(NameNode<T> node, int w) {
      return ascii[w] ? node.getAscii(text, start[w], end[w], asciiHash[w]) : node.get(folded(w));
    }

    String folded(int w) {
      String f = folded[w];
      if (f == null) {
        f = EntityNames.fold(text.substring(start[w], end[w]), ascii[w]);
        folded[w] = f;
      }
      return f;
    }
  }

  /** Bits for the hashes of the first words of all names, to pass over most words of a text cheaply. */
  private long[] firstWords = new long[FIRST_WORD_BITS / 64];

  private static final int FIRST_WORD_BITS = 1 << 16;

  private static boolean containsHash(long[] bits, int hash) {
    int bit = mix(hash) & (FIRST_WORD_BITS - 1);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int mix(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static List<Candidate> fitting(List<NameForm> forms, String text, TextWords words, int from) {
    List<Candidate> fitting = new ArrayList<>(forms.size());
    for (NameForm form : forms) {
      if (fits(form, text, words, from)) fitting.add(form.candidate());
    }
    return fitting;
  }

  /** Capitals in a name must be capitals in the text; exact-case names must match letter for letter. */
  private static boolean fits(NameForm form, String text, TextWords words, int from) {
    boolean exact = form.candidate().use() == Use.EXACT_CASE;
    for (int k = 0; k < form.words().length; k++) {
      String written = form.words()[k];
      int start = words.start[from + k];
      int end = words.end[from + k];
      if (exact) {
        if (!text.regionMatches(start, written, 0, written.length()) || end - start != written.length()) {
          return false;
        }
      } else if (Character.isUpperCase(written.charAt(0)) && !Character.isUpperCase(text.charAt(start))) {
        return false;
      }
    }
    return true;
  }
}
