package org.entente.search;

/** A query the user typed that cannot be run; the message is one line naming the problem. */
public class QuerySyntaxException extends Exception {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
