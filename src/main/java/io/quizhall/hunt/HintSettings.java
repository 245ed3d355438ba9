package io.quizhall.hunt;

import org.jspecify.annotations.Nullable;

/**
 * A hunt's hint rules (docs/hunts.md, "Hints"): which pools hints are spent from, how they are allocated when a
 * puzzle pool and the global pool both exist, whether custom requests are allowed besides canned hints, and how long
 * after a puzzle's unlock its hints stay locked.
 */
record HintSettings(Pools pools, Allocation allocation, CannedPolicy cannedPolicy, int lockoutMinutes) {

    /** Hunts that never saved settings: both pools, the puzzle's first, canned and custom hints, no lockout. */
    static final HintSettings DEFAULT = new HintSettings(Pools.BOTH, Allocation.PUZZLE_FIRST, CannedPolicy.MIXED, 0);

    /** Which pools a hunt's hints are spent from. */
    enum Pools {
        GLOBAL,
        PUZZLE,
        BOTH
    }

    /** With both pools: the puzzle's pool first, or canned hints from the puzzle's and custom ones from the global. */
    enum Allocation {
        PUZZLE_FIRST,
        SPLIT
    }

    /** ONLY: no custom requests; FIRST: custom requests once every canned hint is revealed; MIXED: both at will. */
    enum CannedPolicy {
        ONLY,
        FIRST,
        MIXED
    }

    /** The pool a hint was spent from, and goes back to on a refund. */
    enum Pool {
        GLOBAL,
        PUZZLE
    }

    /** What a team has left: earned minus spent, for each pool. */
    record Available(int global, int puzzle) {

        int of(Pool pool) {
            return pool == Pool.GLOBAL ? global : puzzle;
        }
    }

    /** The pool the next canned hint would spend, or null when the pool it must come from is empty. */
    @Nullable
    Pool cannedPool(Available available) {
        return pick(available, pools == Pools.BOTH && allocation == Allocation.SPLIT ? Pool.PUZZLE : null);
    }

    /** The pool the next custom request would spend, or null when the pool it must come from is empty. */
    @Nullable
    Pool customPool(Available available) {
        return pick(available, pools == Pools.BOTH && allocation == Allocation.SPLIT ? Pool.GLOBAL : null);
    }

    private @Nullable Pool pick(Available available, @Nullable Pool split) {
        Pool pool = switch (pools) {
            case GLOBAL -> Pool.GLOBAL;
            case PUZZLE -> Pool.PUZZLE;
            case BOTH -> split != null ? split : available.puzzle() > 0 ? Pool.PUZZLE : Pool.GLOBAL;
        };
        return available.of(pool) > 0 ? pool : null;
    }
}
