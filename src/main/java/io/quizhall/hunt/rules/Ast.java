package io.quizhall.hunt.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The parsed rules as written, before puzzle references are resolved; each node prints itself in the canonical
 * form (upper case, plural units, explicit SOLVE, parentheses around AND/OR), which parses back to the same tree.
 */
final class Ast {

    private Ast() {}

    enum RefKind {
        ID,
        ORDER,
        TEMPLATE
    }

    /** {@code PA5F} (value "A5F"), {@code P#3} (value "3") or {@code PX}. */
    record PuzzleRef(RefKind kind, String value, int line, int column) {

        @Override
        public String toString() {
            return switch (kind) {
                case ID -> "P" + value;
                case ORDER -> "P#" + value;
                case TEMPLATE -> "PX";
            };
        }
    }

    /** A duration written as a number and a unit. */
    record Span(long amount, boolean hours) {

        long minutes() {
            return hours ? amount * 60 : amount;
        }

        @Override
        public String toString() {
            return amount + (hours ? " HOURS" : " MINUTES");
        }
    }

    sealed interface Reward {}

    record UnlockReward(PuzzleRef puzzle) implements Reward {
        @Override
        public String toString() {
            return puzzle.toString();
        }
    }

    record PointsReward(long amount) implements Reward {
        @Override
        public String toString() {
            return amount + " POINTS";
        }
    }

    record HintsReward(long amount) implements Reward {
        @Override
        public String toString() {
            return amount + " HINTS";
        }
    }

    record PuzzleHintsReward(long amount, PuzzleRef puzzle) implements Reward {
        @Override
        public String toString() {
            return amount + " " + puzzle + " HINTS";
        }
    }

    sealed interface Expr {}

    /** {@code P1 SOLVE} (also written {@code P1}) or {@code P1 UNLOCK}. */
    record PuzzleState(PuzzleRef puzzle, boolean unlock) implements Expr {
        @Override
        public String toString() {
            return puzzle + (unlock ? " UNLOCK" : " SOLVE");
        }
    }

    /** {@code +H:MM} since the team's start. */
    record Elapsed(long minutes) implements Expr {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "+%d:%02d", minutes / 60, minutes % 60);
        }
    }

    record PointsAtLeast(long threshold) implements Expr {
        @Override
        public String toString() {
            return threshold + " POINTS";
        }
    }

    /** {@code 30 MINUTES AFTER P1 SOLVE}: holds from that moment on. */
    record Delayed(Span delay, Expr moment) implements Expr {
        @Override
        public String toString() {
            return delay + " AFTER " + moment;
        }
    }

    record All(List<Expr> parts) implements Expr {
        @Override
        public String toString() {
            return parts.stream().map(Object::toString).collect(Collectors.joining(" AND ", "(", ")"));
        }
    }

    record Any(List<Expr> parts) implements Expr {
        @Override
        public String toString() {
            return parts.stream().map(Object::toString).collect(Collectors.joining(" OR ", "(", ")"));
        }
    }

    record AtLeast(int count, List<Expr> parts) implements Expr {
        @Override
        public String toString() {
            return count + parts.stream().map(Object::toString).collect(Collectors.joining(", ", " OF (", ")"));
        }
    }

    sealed interface Trigger {}

    /** A one-time rule; {@code condition} is the optional IF of a delayed rule. */
    record Once(Expr when, @Nullable Expr condition) implements Trigger {
        @Override
        public String toString() {
            return condition == null ? when.toString() : when + " IF " + condition;
        }
    }

    /** {@code EVERY n unit [AFTER moment] [IF condition] [LIMIT n]}; limit 0 means none. */
    record Every(
            Span interval, @Nullable Expr after, @Nullable Expr condition, long limit) implements Trigger {
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("EVERY ").append(interval);
            if (after != null) {
                text.append(" AFTER ").append(after);
            }
            if (condition != null) {
                text.append(" IF ").append(condition);
            }
            if (limit > 0) {
                text.append(" LIMIT ").append(limit);
            }
            return text.toString();
        }
    }

    /** One rule of the source: its line, the column it starts at and its text without the comment. */
    record Rule(int line, int column, String text, List<Reward> rewards, Trigger trigger, boolean template) {

        String canonical() {
            String left = rewards.size() == 1 && !text.stripLeading().startsWith("[")
                    ? rewards.get(0).toString()
                    : rewards.stream().map(Object::toString).collect(Collectors.joining(", ", "[", "]"));
            return left + " <= " + trigger;
        }
    }
}
