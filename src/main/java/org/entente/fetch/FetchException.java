package org.entente.fetch;

import java.io.IOException;

/** A request that could not be completed (after the allowed retries); the run reports it and goes on. */
public class FetchException extends IOException {
  public FetchException(String message) {
    super(message);
  }

  public FetchException(String message, Throwable cause) {
    super(message, cause);
  }
}
