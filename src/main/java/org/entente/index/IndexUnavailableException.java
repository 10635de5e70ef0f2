package org.entente.index;

/** The index cannot be used as asked: missing, built by another schema version, or locked by a build. */
public class IndexUnavailableException extends Exception {
  public IndexUnavailableException(String message) {
    super(message);
  }
}
