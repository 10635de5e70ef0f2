package org.entente.enrich;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What is worked out from a key that recurs on page after page (a link target, a name, an infobox label),
 * worked out once per run. Bounded: past its size it starts again, so memory stays bounded on any
 * corpus. Safe to use from any thread; two threads may work out the same key, both with the same result.
 */
public final class Recurring<K, V> {
  private final int size;
  private final Function<K, V> workOut;
  private final Map<K, V> known = new ConcurrentHashMap<>();

  public Recurring(int size, Function<K, V> workOut) {
    this.size = size;
    this.workOut = workOut;
  }

  public V get(K key) {
    V value = known.get(key);
    if (value != null) return value;
    value = workOut.apply(key);
    if (known.size() >= size) known.clear();
    known.put(key, value);
    return value;
  }
}
