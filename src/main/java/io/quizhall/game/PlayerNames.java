package io.quizhall.game;

import io.quizhall.game.core.Nicknames;

/**
 * The nickname rules of live games for other features' names (a hunt's team names): NFKC, trimmed, inner white
 * space collapsed, no control, format (zero-width, bidi) or unassigned characters; two names clash when their
 * folded forms are equal.
 */
public final class PlayerNames {

    private PlayerNames() {}

    /** The name as it will be shown; empty if nothing visible remains. */
    public static String tidy(String raw) {
        return Nicknames.tidy(raw);
    }

    /** Characters (code points), as the limits count them. */
    public static int length(String name) {
        return Nicknames.length(name);
    }

    /** The form two names are compared in (case-folded). */
    public static String fold(String name) {
        return Nicknames.fold(name);
    }
}
