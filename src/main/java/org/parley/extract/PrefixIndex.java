package org.parley.extract;

import java.util.Arrays;
import java.util.Collection;

/**
 * Tells whether any of a fixed set of strings starts with a given prefix, by binary search over the
 * sorted strings. The mention finder asks it before trying every span that starts at a token: most
 * tokens start no gazetteer form and no title, and each try costs a substring and a lookup.
 */
final class PrefixIndex {
    private final String[] sorted;

    PrefixIndex(Collection<String> strings) {
        this.sorted = strings.stream().distinct().sorted().toArray(String[]::new);
    }

    boolean anyStartsWith(String prefix) {
        int at = Arrays.binarySearch(sorted, prefix);
        if (at >= 0) return true;
        // the first string after the prefix in sort order is the one to start with it, if any does
        int next = -at - 1;
        return next < sorted.length && sorted[next].startsWith(prefix);
    }
}
