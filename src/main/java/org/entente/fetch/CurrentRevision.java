package org.entente.fetch;

/** What the wiki says a requested title is now: its resolved title and latest revision, or missing. */
public record CurrentRevision(String requested, String title, long revision, boolean missing) {}
