package io.quizhall.hunt.rules;

import io.quizhall.hunt.rules.Ast.Expr;
import io.quizhall.hunt.rules.Ast.PuzzleRef;
import io.quizhall.hunt.rules.Ast.RefKind;
import io.quizhall.hunt.rules.Ast.Reward;
import io.quizhall.hunt.rules.Ast.Span;
import io.quizhall.hunt.rules.Ast.Trigger;
import io.quizhall.hunt.rules.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for one rule per line (grammar in docs/hunt-rules.md). A line with a problem gives one
 * {@link RuleError} and parsing goes on with the next line, so the organiser sees every broken line at once.
 */
final class Parser {

    static final int MAX_SOURCE_CHARS = 65_536;
    static final int MAX_RULES = 2_000;
    static final int MAX_DEPTH = 32;
    static final long MAX_NUMBER = 100_000;

    private static final Set<String> KEYWORDS = Set.of(
            "SOLVE", "UNLOCK", "POINT", "POINTS", "HINT", "HINTS", "MINUTE", "MINUTES", "HOUR", "HOURS", "AND", "OR",
            "OF", "EVERY", "AFTER", "IF", "LIMIT");

    private final List<Token> tokens;
    private final String text;
    private int pos;
    private int depth;
    private boolean template;

    private Parser(List<Token> tokens, String text) {
        this.tokens = tokens;
        this.text = text;
    }

    record Result(List<Ast.Rule> rules, List<RuleError> errors) {}

    static Result parse(String source) {
        List<Ast.Rule> rules = new ArrayList<>();
        List<RuleError> errors = new ArrayList<>();
        if (source.length() > MAX_SOURCE_CHARS) {
            errors.add(new RuleError(
                    1, 1, "the rules are " + source.length() + " characters long; at most " + MAX_SOURCE_CHARS));
            return new Result(rules, errors);
        }
        String[] lines = source.split("\r\n|\r|\n", -1);
        int count = 0;
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            try {
                List<Token> tokens = Lexer.tokens(lines[i], line);
                if (tokens.size() == 1) {
                    continue;
                }
                if (++count > MAX_RULES) {
                    errors.add(new RuleError(line, 1, "more than " + MAX_RULES + " rules; at most " + MAX_RULES));
                    break;
                }
                String text = withoutComment(lines[i]);
                rules.add(new Parser(tokens, text).rule());
            } catch (ParseFailure failure) {
                errors.add(failure.toError());
            }
        }
        return new Result(rules, errors);
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf('#');
        while (hash > 0 && (line.charAt(hash - 1) == 'P' || line.charAt(hash - 1) == 'p')) {
            hash = line.indexOf('#', hash + 1);
        }
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }

    private Ast.Rule rule() {
        Token first = peek();
        List<Reward> rewards = unlockables();
        expect(Kind.ARROW, "\"<=\"");
        Trigger trigger = trigger();
        if (peek().kind() != Kind.END_OF_LINE) {
            throw expected(
                    trigger instanceof Ast.Every ? "AFTER, IF, LIMIT (in this order) or end of line" : "end of line");
        }
        return new Ast.Rule(first.line(), first.column(), text, List.copyOf(rewards), trigger, template);
    }

    private List<Reward> unlockables() {
        if (peek().kind() == Kind.LBRACKET) {
            next();
            List<Reward> rewards = new ArrayList<>();
            rewards.add(unlockable());
            while (peek().kind() == Kind.COMMA) {
                next();
                rewards.add(unlockable());
            }
            expect(Kind.RBRACKET, "\",\" or \"]\"");
            return rewards;
        }
        return List.of(unlockable());
    }

    private Reward unlockable() {
        Token token = peek();
        if (token.isPuzzle()) {
            return new Ast.UnlockReward(puzzle());
        }
        if (token.kind() == Kind.NUMBER) {
            long amount = number();
            Token unit = peek();
            if (unit.isAny("POINT", "POINTS")) {
                next();
                return new Ast.PointsReward(amount);
            }
            if (unit.isAny("HINT", "HINTS")) {
                next();
                return new Ast.HintsReward(amount);
            }
            if (unit.isPuzzle()) {
                PuzzleRef puzzle = puzzle();
                if (!peek().isAny("HINT", "HINTS")) {
                    throw expected("HINTS");
                }
                next();
                return new Ast.PuzzleHintsReward(amount, puzzle);
            }
            throw expected("POINTS, HINTS or a puzzle and HINTS");
        }
        throw expected("a puzzle (like PA5F or P#3), N POINTS or N HINTS");
    }

    private Trigger trigger() {
        if (peek().is("EVERY")) {
            next();
            Span interval = span();
            Expr after = null; // optional
            Expr condition = null; // optional
            long limit = 0;
            if (peek().is("AFTER")) {
                next();
                after = moment();
            }
            if (peek().is("IF")) {
                next();
                condition = or();
            }
            if (peek().is("LIMIT")) {
                next();
                limit = number();
            }
            return new Ast.Every(interval, after, condition, limit);
        }
        Expr when = or();
        if (peek().is("IF")) {
            if (!(when instanceof Ast.Delayed)) {
                throw new ParseFailure(
                        peek().line(),
                        peek().column(),
                        "IF can only follow \"EVERY ...\" or \"N MINUTES AFTER ...\"; use AND to combine conditions");
            }
            next();
            return new Ast.Once(when, or());
        }
        return new Ast.Once(when, null);
    }

    private Expr or() {
        List<Expr> parts = new ArrayList<>();
        parts.add(and());
        while (peek().is("OR")) {
            next();
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Ast.Any(List.copyOf(parts));
    }

    private Expr and() {
        List<Expr> parts = new ArrayList<>();
        parts.add(primary());
        while (peek().is("AND")) {
            next();
            parts.add(primary());
        }
        return parts.size() == 1 ? parts.get(0) : new Ast.All(List.copyOf(parts));
    }

    private Expr primary() {
        Token token = peek();
        switch (token.kind()) {
            case LPAREN -> {
                next();
                enter(token);
                Expr inner = or();
                expect(Kind.RPAREN, "\")\"");
                depth--;
                return inner;
            }
            case LBRACKET -> {
                next();
                enter(token);
                List<Expr> parts = list(Kind.RBRACKET, "\",\" or \"]\"");
                depth--;
                return parts.size() == 1 ? parts.get(0) : new Ast.Any(parts);
            }
            case TIME -> {
                return elapsed(next());
            }
            case NUMBER -> {
                long amount = number();
                Token after = peek();
                if (after.is("OF")) {
                    next();
                    Token open = peek();
                    expect(Kind.LPAREN, "\"(\"");
                    enter(open);
                    List<Expr> parts = list(Kind.RPAREN, "\",\" or \")\"");
                    depth--;
                    if (amount > parts.size()) {
                        throw new ParseFailure(
                                token.line(),
                                token.column(),
                                amount + " OF needs at least " + amount + " conditions; found " + parts.size());
                    }
                    return new Ast.AtLeast((int) amount, parts);
                }
                if (after.isAny("POINT", "POINTS")) {
                    next();
                    return new Ast.PointsAtLeast(amount);
                }
                if (after.isAny("MINUTE", "MINUTES", "HOUR", "HOURS")) {
                    Span delay = unit(amount);
                    if (!peek().is("AFTER")) {
                        throw expected("AFTER (as in \"30 MINUTES AFTER PA5F SOLVE\")");
                    }
                    next();
                    return new Ast.Delayed(delay, moment());
                }
                throw expected("OF, POINTS, MINUTES or HOURS");
            }
            default -> {
                if (token.isPuzzle()) {
                    PuzzleRef puzzle = puzzle();
                    if (peek().is("UNLOCK")) {
                        next();
                        return new Ast.PuzzleState(puzzle, true);
                    }
                    if (peek().is("SOLVE")) {
                        next();
                    }
                    return new Ast.PuzzleState(puzzle, false);
                }
                if (token.is("EVERY")) {
                    throw new ParseFailure(token.line(), token.column(), "EVERY must come first, right after \"<=\"");
                }
                throw expected("a condition (a puzzle, +H:MM, N POINTS, N OF (...), N MINUTES AFTER ... or \"(\")");
            }
        }
    }

    private List<Expr> list(Kind close, String expectation) {
        List<Expr> parts = new ArrayList<>();
        parts.add(or());
        while (peek().kind() == Kind.COMMA) {
            next();
            parts.add(or());
        }
        expect(close, expectation);
        return List.copyOf(parts);
    }

    /** A point in time for AFTER: {@code +H:MM}, {@code P1 SOLVE} or {@code P1 UNLOCK} (SOLVE is not implied here). */
    private Expr moment() {
        Token token = peek();
        if (token.kind() == Kind.TIME) {
            return elapsed(next());
        }
        if (token.isPuzzle()) {
            PuzzleRef puzzle = puzzle();
            if (peek().isAny("SOLVE", "UNLOCK")) {
                return new Ast.PuzzleState(puzzle, next().is("UNLOCK"));
            }
            throw expected("SOLVE or UNLOCK (AFTER needs the moment spelled out, e.g. " + puzzle + " SOLVE)");
        }
        throw expected("a moment: +H:MM, a puzzle and SOLVE, or a puzzle and UNLOCK");
    }

    private Span span() {
        return unit(number());
    }

    private Span unit(long amount) {
        Token unit = peek();
        if (unit.isAny("MINUTE", "MINUTES")) {
            next();
            return new Span(amount, false);
        }
        if (unit.isAny("HOUR", "HOURS")) {
            next();
            return new Span(amount, true);
        }
        throw expected("MINUTES or HOURS");
    }

    private Expr elapsed(Token token) {
        String[] parts = token.text().split(":");
        if (parts[0].length() > 6 || Long.parseLong(parts[0]) > MAX_NUMBER) {
            throw new ParseFailure(token.line(), token.column(), "at most " + MAX_NUMBER + " hours");
        }
        long minutes = Long.parseLong(parts[1]);
        if (minutes > 59) {
            throw new ParseFailure(
                    token.line(), token.column(), "minutes must be 00 to 59 in +" + token.text() + " (hours:minutes)");
        }
        return new Ast.Elapsed(Long.parseLong(parts[0]) * 60 + minutes);
    }

    private PuzzleRef puzzle() {
        Token token = next();
        if (token.kind() == Kind.ORDER_REF) {
            return new PuzzleRef(RefKind.ORDER, stripZeros(token), token.line(), token.column());
        }
        String id = token.upper().substring(1);
        if (id.equals("X")) {
            template = true;
            return new PuzzleRef(RefKind.TEMPLATE, "X", token.line(), token.column());
        }
        return new PuzzleRef(RefKind.ID, id, token.line(), token.column());
    }

    private static String stripZeros(Token token) {
        return token.text().replaceFirst("^0+(?=.)", "");
    }

    /** A whole number from 1 to {@link #MAX_NUMBER}. */
    private long number() {
        Token token = peek();
        if (token.kind() != Kind.NUMBER) {
            throw expected("a number");
        }
        next();
        String digits = token.text().replaceFirst("^0+(?=.)", "");
        if (digits.length() > 6 || Long.parseLong(digits) > MAX_NUMBER) {
            throw new ParseFailure(
                    token.line(),
                    token.column(),
                    "the number " + token.text() + " is too large; at most " + MAX_NUMBER);
        }
        long value = Long.parseLong(digits);
        if (value < 1) {
            throw new ParseFailure(token.line(), token.column(), "the number must be at least 1");
        }
        return value;
    }

    private void enter(Token token) {
        if (++depth > MAX_DEPTH) {
            throw new ParseFailure(
                    token.line(), token.column(), "conditions are nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private void expect(Kind kind, String expectation) {
        if (peek().kind() != kind) {
            throw expected(expectation);
        }
        next();
    }

    private ParseFailure expected(String expectation) {
        Token found = peek();
        String hint = expectation.contains("puzzle")
                        && found.kind() == Kind.WORD
                        && found.upper().startsWith("P")
                        && !found.isPuzzle()
                        && !KEYWORDS.contains(found.upper())
                ? " (a puzzle is P and its hex id, digits 0-9 and letters A-F, or P# and its order number)"
                : "";
        return new ParseFailure(
                found.line(), found.column(), "expected " + expectation + " but found " + found.describe() + hint);
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token token = tokens.get(pos);
        if (token.kind() != Kind.END_OF_LINE) {
            pos++;
        }
        return token;
    }
}
