package org.entente.extract;

/**
 * A corpus file that is not worth handing to an extractor: empty, binary, or over the size limit. The
 * message is the reason a user reads after "skipped NAME: ".
 */
public class UnusableFileException extends ExtractionException {
  public UnusableFileException(String reason) {
    super(reason);
  }
}
