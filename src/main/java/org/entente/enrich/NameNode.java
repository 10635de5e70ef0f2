package org.entente.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * A node of the trie {@link EntityNameScanner} matches names with: the names that end here, and the
 * nodes of the next words by their folded form. A word of plain ASCII is looked up where it stands in
 * the text, lower-cased on the fly, so the common case copies and folds nothing; other words are
 * looked up folded. Filled while the gazetteer loads, then only read, from any thread.
 */
final class NameNode<T> {
  /** Folded words, their hash codes and their nodes, by open addressing; null until a child is added. */
  private String[] words;
  private int[] hashes;
  private NameNode<T>[] nodes;
  private int size;
  /** The names that end at this node, or null. */
  List<T> names;

  /** The child for {@code folded}, added if missing. */
  NameNode<T> child(String folded) {
    NameNode<T> known = get(folded);
    if (known != null) return known;
    if (words == null || 2 * (size + 1) > words.length) grow();
    NameNode<T> node = new NameNode<>();
    insert(folded, folded.hashCode(), node);
    size++;
    return node;
  }

  void addName(T name) {
    if (names == null) names = new ArrayList<>(1);
    names.add(name);
  }

  /** The child for a word already folded, or null. */
  NameNode<T> get(String folded) {
    if (words == null) return null;
    int mask = words.length - 1;
    int hash = folded.hashCode();
    for (int i = (hash ^ hash >>> 16) & mask; words[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == hash && words[i].equals(folded)) return nodes[i];
    }
    return null;
  }

  /**
   * The child for the ASCII word {@code text[start, end)}, whose lower-case form has hash code
   * {@code lowerHash} (as {@link String#hashCode} would give it), or null.
   */
  NameNode<T> getAscii(String text, int start, int end, int lowerHash) {
    if (words == null) return null;
    int mask = words.length - 1;
    for (int i = (lowerHash ^ lowerHash >>> 16) & mask; words[i] != null; i = (i + 1) & mask) {
      if (hashes[i] == lowerHash && isLowerCaseOf(words[i], text, start, end)) return nodes[i];
    }
    return null;
  }

  private static boolean isLowerCaseOf(String word, String text, int start, int end) {
    if (word.length() != end - start) return false;
    for (int k = 0; k < word.length(); k++) {
      char c = text.charAt(start + k);
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      if (word.charAt(k) != c) return false;
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private void grow() {
    String[] oldWords = words;
    int[] oldHashes = hashes;
    NameNode<T>[] oldNodes = nodes;
    int capacity = oldWords == null ? 4 : oldWords.length * 2;
    words = new String[capacity];
    hashes = new int[capacity];
    nodes = new NameNode[capacity];
    if (oldWords == null) return;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) insert(oldWords[i], oldHashes[i], oldNodes[i]);
    }
  }

  private void insert(String folded, int hash, NameNode<T> node) {
    int mask = words.length - 1;
    int i = (hash ^ hash >>> 16) & mask;
    while (words[i] != null) i = (i + 1) & mask;
    words[i] = folded;
    hashes[i] = hash;
    nodes[i] = node;
  }
}
