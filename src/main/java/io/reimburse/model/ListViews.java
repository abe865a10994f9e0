package io.reimburse.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Lists whose elements are made when read, for what a million-customer run must not hold as objects
 * all at once (balances of the aggregator's keys, journal lines). No library on the classpath has such
 * a view (Guava's Lists.transform would be one more dependency for a dozen lines).
 */
public final class ListViews {

    private ListViews() {
    }

    /** An unmodifiable random-access list of {@code size} elements, the element at i made by {@code element}. */
    public static <T> List<T> madeWhenRead(int size, IntFunction<T> element) {
        return new MadeWhenRead<>(size, element);
    }

    private static final class MadeWhenRead<T> extends AbstractList<T> implements RandomAccess {
        private final int size;
        private final IntFunction<T> element;

        MadeWhenRead(int size, IntFunction<T> element) {
            this.size = size;
            this.element = element;
        }

        @Override
        public T get(int index) {
            return element.apply(java.util.Objects.checkIndex(index, size));
        }

        @Override
        public int size() {
            return size;
        }
    }
}
