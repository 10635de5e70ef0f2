package org.entente.extract;

/**
 * An internal wiki link: its decoded target title ("Edvard Beneš", never "Edvard_Bene%C5%A1"),
 * its anchor text, and the index of the section it stands in (-1 for the infobox).
 */
public record Link(String target, String anchor, int section) {
  public static final int INFOBOX = -1;
}
