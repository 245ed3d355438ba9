package io.quizhall.game.core;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a host may tell a game to do, parsed once from the {@code /app/games/{game}/host/{action}} SEND
 * (docs/live-protocol.md, section 6). A command is carried out by {@link Handler}, one method per command, so a
 * new command cannot be forgotten in the engine.
 */
public sealed interface HostCommand {

    <T> T applyTo(Handler<T> handler);

    /** Opens the next question ({@code start} and {@code next}). */
    record Next() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.next();
        }
    }

    record Close() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.close();
        }
    }

    record Skip() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.skip();
        }
    }

    record ShowLeaderboard() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.showLeaderboard();
        }
    }

    record Lock(boolean locked) implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.lock(locked);
        }
    }

    record Kick(UUID playerId) implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.kick(playerId);
        }
    }

    /** Stops the open question's clock for everyone ({@code pause}). */
    record Pause() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.pause();
        }
    }

    /** Starts the paused question's clock again, its deadline moved on by the pause ({@code resume}). */
    record Resume() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.resume();
        }
    }

    /**
     * Gives one player extra time on every question from now on ({@code extra}, body
     * {@code {"playerId": …, "seconds": 0–300}}; 0 takes it back).
     */
    record ExtraTime(UUID playerId, int seconds) implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.extraTime(playerId, seconds);
        }
    }

    /**
     * Moves one player to another team of a team game ({@code team}, body {@code {"playerId": …, "team": index}}).
     */
    record MoveToTeam(UUID playerId, int team) implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.moveToTeam(playerId, team);
        }
    }

    record End() implements HostCommand {
        @Override
        public <T> T applyTo(Handler<T> handler) {
            return handler.end();
        }
    }

    /** Carries out host commands. */
    interface Handler<T> {
        T next();

        T close();

        T skip();

        T showLeaderboard();

        T lock(boolean locked);

        T kick(UUID playerId);

        T pause();

        T resume();

        T extraTime(UUID playerId, int seconds);

        T moveToTeam(UUID playerId, int team);

        T end();
    }

    /**
     * The command an action name and body stand for.
     *
     * @throws GameException {@code invalid_message} for an unknown action or a kick without a valid player id
     */
    static HostCommand parse(String action, @Nullable JsonNode body) {
        return switch (action) {
            case "start", "next" -> new Next();
            case "close" -> new Close();
            case "skip" -> new Skip();
            case "leaderboard" -> new ShowLeaderboard();
            case "lock" -> new Lock(true);
            case "unlock" -> new Lock(false);
            case "kick" -> new Kick(playerId(body));
            case "pause" -> new Pause();
            case "resume" -> new Resume();
            case "extra" -> new ExtraTime(playerId(body), extraSeconds(body));
            case "team" -> new MoveToTeam(playerId(body), team(body));
            case "end" -> new End();
            default -> throw GameExceptions.invalidMessage("Unknown host action \"" + action + "\".");
        };
    }

    /** The most extra time a host may give one player, in seconds. */
    int MAX_EXTRA_SECONDS = 300;

    private static int extraSeconds(@Nullable JsonNode body) {
        if (body == null || !body.hasNonNull("seconds") || !body.get("seconds").isIntegralNumber()) {
            throw GameExceptions.invalidMessage("Say how many seconds: {\"seconds\": 0 to 300}.");
        }
        int seconds = body.get("seconds").asInt();
        if (seconds < 0 || seconds > MAX_EXTRA_SECONDS) {
            throw GameExceptions.invalidMessage("Extra time is 0 to 300 seconds.");
        }
        return seconds;
    }

    private static int team(@Nullable JsonNode body) {
        if (body == null || !body.hasNonNull("team") || !body.get("team").isIntegralNumber()) {
            throw GameExceptions.invalidMessage("Say which team: {\"team\": its index}.");
        }
        return body.get("team").asInt();
    }

    /** The {@code playerId} of a command's body. */
    static UUID playerId(@Nullable JsonNode body) {
        if (body == null || !body.hasNonNull("playerId")) {
            throw GameExceptions.invalidMessage("Say which player: {\"playerId\": ...}.");
        }
        try {
            return UUID.fromString(body.get("playerId").asString());
        } catch (IllegalArgumentException e) {
            throw GameExceptions.invalidMessage("playerId is not a valid id.");
        }
    }
}
