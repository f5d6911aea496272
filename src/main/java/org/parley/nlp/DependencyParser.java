package org.parley.nlp;

/** Parses one tokenized sentence into dependencies over its own tokens. Implementations are thread-safe. */
public interface DependencyParser {
    Dependencies parse(Sentence sentence);
}
