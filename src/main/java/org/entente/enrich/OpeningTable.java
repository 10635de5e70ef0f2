package org.entente.enrich;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bit sets of date patterns by opening text ({@link DateOpenings}), looked up by a stretch of a larger
 * text without copying it out. Threads may race to add the same opening or lose one another's entries:
 * either way a lookup only ever answers with an entry whose text it compared, so a race costs a
 * judgement again, never a wrong answer. Full, it starts again, so memory stays bounded on any corpus.
 */
final class OpeningTable {
  private static final int SLOTS = 1 << 17;
  private static final int FULL = SLOTS / 2;
  private static final int PROBES = 8;

  private record Entry(String opening, int hash, int bits) {}

  private volatile Entry[] slots = new Entry[SLOTS];
  private final AtomicInteger size = new AtomicInteger();

  /** The bits stored for {@code text[from, to)}, or -1 if none are. */
  int get(String text, int from, int to) {
    Entry[] table = slots;
    int len = to - from;
    int hash = hash(text, from, to);
    for (int p = 0; p < PROBES; p++) {
      Entry e = table[(hash + p) & (SLOTS - 1)];
      if (e == null) return -1;
      if (e.hash == hash && e.opening.length() == len && sameChars(text, from, e.opening)) return e.bits;
    }
    return -1;
  }

  /** As regionMatches, but without its slow path for a text and an opening stored in different encodings. */
  private static boolean sameChars(String text, int from, String opening) {
    for (int i = 0; i < opening.length(); i++) {
      if (text.charAt(from + i) != opening.charAt(i)) return false;
    }
    return true;
  }

  void put(String opening, int bits) {
    if (size.incrementAndGet() > FULL) {
      slots = new Entry[SLOTS];
      size.set(0);
    }
    Entry[] table = slots;
    int hash = hash(opening, 0, opening.length());
    for (int p = 0; p < PROBES; p++) {
      int i = (hash + p) & (SLOTS - 1);
      if (table[i] == null) {
        table[i] = new Entry(opening, hash, bits);
        return;
      }
    }
  }

  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + text.charAt(i);
    return h ^ (h >>> 15);
  }
}
