package io.reimburse.model;

import java.util.List;

/**
 * The documents a key's rows listed (transaction level), made into objects only when an output
 * lists them: a balance export of millions of transactions keeps them compactly until then.
 */
@FunctionalInterface
public interface SettledDocuments {

    /** The documents in the order of their rows. */
    List<SettledDocument> list();

    /** A key read at balance level: no documents. */
    SettledDocuments NONE = List::of;
}
