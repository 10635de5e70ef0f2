package org.entente.fetch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The articles of a category and of its subcategories down to a depth, each category asked once:
 * Wikipedia's category graph has cycles (A ⊂ B ⊂ A), so visited categories are remembered.
 */
public final class CategoryWalk {
  /** The articles found, in the order the wiki listed them, and the categories that could not be read. */
  public record Result(List<String> titles, List<String> failedCategories) {}

  private final WikiApi api;
  private final Consumer<String> log;

  public CategoryWalk(WikiApi api, Consumer<String> log) {
    this.api = api;
    this.log = log;
  }

  /** Walks {@code category} breadth-first; depth 0 lists only its own articles. */
  public Result walk(String category, int depth) {
    Set<String> titles = new LinkedHashSet<>();
    List<String> failed = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    record Level(String category, int depth) {}
    Deque<Level> queue = new ArrayDeque<>();
    queue.add(new Level(category, 0));
    visited.add(category);
    while (!queue.isEmpty()) {
      Level level = queue.poll();
      boolean descend = level.depth() < depth;
      try {
        int pages = 0;
        for (WikiApi.Member m : api.categoryMembers(level.category(), descend)) {
          if (!m.isCategory()) {
            if (titles.add(m.title())) pages++;
          } else if (descend && visited.add(m.title())) {
            queue.add(new Level(m.title(), level.depth() + 1));
          }
        }
        log.accept("category: " + level.category() + " (" + pages + " pages, depth " + level.depth() + ")");
      } catch (FetchException e) {
        log.accept("failed: " + level.category() + " (" + e.getMessage() + ")");
        failed.add(level.category());
      }
    }
    return new Result(List.copyOf(titles), List.copyOf(failed));
  }
}
