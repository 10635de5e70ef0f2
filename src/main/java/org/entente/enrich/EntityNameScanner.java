package org.entente.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    List<NameForm> names;
  }

  /** A name as written, kept to check capitals against the text. */
  private record NameForm(Candidate candidate, String[] words) {}

  private final Node root = new Node();
  private int names;

  /** Adds {@code name} as a way to refer to {@code entry}. Names without words are ignored. */
  void add(GazetteerEntry entry, String name, Use use) {
    List<Word> words = EntityNames.words(name);
    if (words.isEmpty()) return;
    Node node = root;
    String[] written = new String[words.size()];
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      written[i] = name.substring(w.start(), w.end());
      node = node.children.computeIfAbsent(w.folded(), k -> new Node());
    }
    if (node.names == null) node.names = new ArrayList<>(1);
    node.names.add(new NameForm(new Candidate(entry, name, use), written));
    names++;
  }

  /** How many names the scanner knows. */
  public int size() {
    return names;
  }

  /** Every name in {@code text}, in order, never overlapping; a longer name beats a shorter one. */
  public List<Match> scan(String text) {
    List<Word> words = EntityNames.words(text);
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Node node = root;
      int bestEnd = -1;
      List<Candidate> best = null;
      for (int j = i; j < words.size(); j++) {
        node = node.children.get(words.get(j).folded());
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
        int start = words.get(i).start();
        int end = words.get(bestEnd).end();
        matches.add(new Match(start, end, text.substring(start, end), best));
        i = bestEnd + 1;
      }
    }
    return matches;
  }

  private static List<Candidate> fitting(List<NameForm> forms, String text, List<Word> words, int from) {
    List<Candidate> fitting = new ArrayList<>(forms.size());
    for (NameForm form : forms) {
      if (fits(form, text, words, from)) fitting.add(form.candidate());
    }
    return fitting;
  }

  /** Capitals in a name must be capitals in the text; exact-case names must match letter for letter. */
  private static boolean fits(NameForm form, String text, List<Word> words, int from) {
    boolean exact = form.candidate().use() == Use.EXACT_CASE;
    for (int k = 0; k < form.words().length; k++) {
      String written = form.words()[k];
      Word w = words.get(from + k);
      if (exact) {
        if (!text.regionMatches(w.start(), written, 0, written.length()) || w.end() - w.start() != written.length()) {
          return false;
        }
      } else if (Character.isUpperCase(written.charAt(0)) && !Character.isUpperCase(text.charAt(w.start()))) {
        return false;
      }
    }
    return true;
  }
}
