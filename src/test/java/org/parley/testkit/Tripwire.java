package org.parley.testkit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase1;

/**
 * SPARQL functions that record whether Jena ever loaded them, for tests of {@code <java:...>}
 * function IRIs: each nested class notes itself in its static initialiser, which runs the moment a
 * class is loaded, before anything could check what it is. One class per test, since a class loads
 * once per JVM; the record lives out here, because touching a nested class's own fields would load it.
 */
public final class Tripwire {
    private static final Set<String> LOADED = ConcurrentHashMap.newKeySet();

    private Tripwire() {}

    /** The IRI that names a tripwire class as a function. */
    public static String iri(Class<? extends FunctionBase1> tripwire) {
        return "java:" + tripwire.getName();
    }

    /** Whether the class has been loaded (and its initialiser run) in this JVM. */
    public static boolean loaded(Class<? extends FunctionBase1> tripwire) {
        return LOADED.contains(tripwire.getName());
    }

    public static final class ForServer extends FunctionBase1 {
        static { LOADED.add(ForServer.class.getName()); }

        @Override
        public NodeValue exec(NodeValue v) { return NodeValue.makeString("ran"); }
    }

    public static final class ForQueryCommand extends FunctionBase1 {
        static { LOADED.add(ForQueryCommand.class.getName()); }

        @Override
        public NodeValue exec(NodeValue v) { return NodeValue.makeString("ran"); }
    }

    /** Loaded on purpose: shows that without the lockdown Jena does load and run such a class. */
    public static final class Control extends FunctionBase1 {
        static { LOADED.add(Control.class.getName()); }

        @Override
        public NodeValue exec(NodeValue v) { return NodeValue.makeString("ran"); }
    }
}
