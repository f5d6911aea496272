package org.parley.export;

import org.parley.extract.RelationType;

/** What a drawn edge is: one agent, one relation, one end. Every fact and assertion with these three supports it. */
record FactEdge(NodeKey from, RelationType relation, NodeKey end) {}
