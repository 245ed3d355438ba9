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
            case "end" -> new End();
            default -> throw GameExceptions.invalidMessage("Unknown host action \"" + action + "\".");
        };
    }

    private static UUID playerId(@Nullable JsonNode body) {
        if (body == null || !body.hasNonNull("playerId")) {
            throw GameExceptions.invalidMessage("Say which player to remove: {\"playerId\": ...}.");
        }
        try {
            return UUID.fromString(body.get("playerId").asString());
        } catch (IllegalArgumentException e) {
            throw GameExceptions.invalidMessage("playerId is not a valid id.");
        }
    }
}
