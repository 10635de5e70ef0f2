package org.entente.corpus;

import java.nio.file.Path;

/**
 * One document file of a corpus: where it is, the name it goes by in the index (its path relative to
 * the corpus folder, with forward slashes), and the size and modification time that tell whether it changed.
 */
public record CorpusFile(Path path, String name, long size, long modified) {}
