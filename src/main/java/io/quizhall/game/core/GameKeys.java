package io.quizhall.game.core;

import java.util.List;
import java.util.UUID;

/**
 * Redis keys of one game. The game id in braces is a hash tag, so all keys of a game live in one Redis Cluster
 * slot and one script may use them all.
 */
record GameKeys(UUID gameId) {

    static final String DEADLINES = "qh:game-deadlines";
    static final String ACTIVITY = "qh:game-activity";
    /** Games whose result could not be written yet, scored by when to try again (ms). */
    static final String RESULT_RETRIES = "qh:game-result-retries";

    static String pin(String pin) {
        return "qh:pin:" + pin;
    }

    private String key(String suffix) {
        return "qh:game:{" + gameId + "}:" + suffix;
    }

    String meta() {
        return key("meta");
    }

    String questions() {
        return key("questions");
    }

    String source() {
        return key("source");
    }

    String players() {
        return key("players");
    }

    String nicknames() {
        return key("nicknames");
    }

    String tokens() {
        return key("tokens");
    }

    String kicked() {
        return key("kicked");
    }

    String scores() {
        return key("scores");
    }

    /** Player id → right answers in a row up to the last closed question (VOTING and SLIDE leave it alone). */
    String streaks() {
        return key("streaks");
    }

    /** Player id → team index, and {@code count:<team>} → members, in team games. */
    String teams() {
        return key("teams");
    }

    /** Player id → extra time (ms) the host gave them on every question. */
    String extra() {
        return key("extra");
    }

    /** What a mode keeps of its own beyond the core's state (the hot seat's contestant, level and lifelines). */
    String modeState() {
        return key("mode");
    }

    String answers(int question) {
        return key("answers:" + question);
    }

    List<String> all(int questionCount) {
        var keys = new java.util.ArrayList<>(List.of(
                meta(),
                questions(),
                source(),
                players(),
                nicknames(),
                tokens(),
                kicked(),
                scores(),
                streaks(),
                teams(),
                extra(),
                modeState()));
        for (int i = 0; i < questionCount; i++) {
            keys.add(answers(i));
        }
        return keys;
    }
}
