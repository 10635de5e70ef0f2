package org.entente.extract;

/** A file that cannot be turned into an article; the message says why, in words for the user. */
public class ExtractionException extends Exception {
  public ExtractionException(String message) {
    super(message);
  }

  public ExtractionException(String message, Throwable cause) {
    super(message, cause);
  }
}
