package org.entente.bench;

/** A JVM that only prints a line: the floor for any one-shot Java command on this machine. */
public final class Hello {
  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
