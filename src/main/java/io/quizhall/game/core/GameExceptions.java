package io.quizhall.game.core;

import io.quizhall.shared.ProblemType;

/** Every way a game action can be refused, with its code (docs/live-protocol.md lists them). */
public final class GameExceptions {

    private GameExceptions() {}

    public static GameException gameNotFound() {
        return new GameException(ProblemType.NOT_FOUND, "game_not_found", "There is no running game with this PIN.");
    }

    public static GameException notInGame() {
        return new GameException(ProblemType.FORBIDDEN, "not_in_game", "You are not a player of this game.");
    }

    public static GameException invalidToken() {
        return new GameException(
                ProblemType.UNAUTHENTICATED, "invalid_token", "This player token is unknown; join the game again.");
    }

    public static GameException kicked() {
        return new GameException(ProblemType.FORBIDDEN, "kicked", "The host removed you from this game.");
    }

    /** A remote controller's teacher revoked it while it played (docs/controllers.md). */
    public static GameException controllerRevoked() {
        return new GameException(
                ProblemType.FORBIDDEN, "controller_revoked", "This controller was revoked by its teacher.");
    }

    public static GameException lobbyLocked() {
        return new GameException(ProblemType.CONFLICT, "lobby_locked", "The host has locked this game.");
    }

    public static GameException gameFull() {
        return new GameException(ProblemType.CONFLICT, "game_full", "This game has no room for more players.");
    }

    public static GameException gameOver() {
        return new GameException(ProblemType.CONFLICT, "game_over", "This game has ended.");
    }

    public static GameException nicknameTaken() {
        return new GameException(
                ProblemType.CONFLICT, "nickname_taken", "Someone in this game already has that nickname.");
    }

    public static GameException invalidNickname(String detail) {
        return new GameException(ProblemType.VALIDATION_FAILED, "invalid_nickname", detail);
    }

    public static GameException customFieldRequired(String label) {
        return new GameException(ProblemType.VALIDATION_FAILED, "custom_field_required", "Fill in “" + label + "”.");
    }

    public static GameException invalidCustomField(String label, int maxLength) {
        return new GameException(
                ProblemType.VALIDATION_FAILED,
                "invalid_custom_field",
                "“" + label + "” has at most " + maxLength + " characters.");
    }

    public static GameException teamRequired() {
        return new GameException(ProblemType.VALIDATION_FAILED, "team_required", "Choose a team.");
    }

    public static GameException invalidTeam() {
        return new GameException(ProblemType.VALIDATION_FAILED, "invalid_team", "This game has no such team.");
    }

    public static GameException questionClosed() {
        return new GameException(ProblemType.CONFLICT, "question_closed", "This question is not open for answers.");
    }

    public static GameException questionPaused() {
        return new GameException(
                ProblemType.CONFLICT, "question_paused", "The host has paused the game; answer when it goes on.");
    }

    public static GameException answersNotOpen() {
        return new GameException(
                ProblemType.CONFLICT, "answers_not_open", "Answers open in a moment: read the question on the screen.");
    }

    public static GameException alreadyAnswered() {
        return new GameException(ProblemType.CONFLICT, "already_answered", "You have already answered this question.");
    }

    public static GameException invalidAnswer(String detail) {
        return new GameException(ProblemType.VALIDATION_FAILED, "invalid_answer", detail);
    }

    public static GameException invalidAction(String detail) {
        return new GameException(ProblemType.CONFLICT, "invalid_action", detail);
    }

    public static GameException resultNotSaved(java.time.Duration retry) {
        return new GameException(
                ProblemType.SERVICE_UNAVAILABLE,
                "result_not_saved",
                "The game's result could not be saved yet, so the game has not ended. Quizhall tries again every "
                        + retry.toSeconds()
                        + " seconds; you may also press End again.");
    }

    public static GameException unavailable() {
        return new GameException(
                ProblemType.SERVICE_UNAVAILABLE,
                "unavailable",
                "A server Quizhall needs is unreachable right now. Send again in a moment.");
    }

    public static GameException restarting() {
        return new GameException(
                ProblemType.SERVICE_UNAVAILABLE, "unavailable", "This server is restarting. Try again in a moment.");
    }

    public static GameException signedOut() {
        return new GameException(
                ProblemType.UNAUTHENTICATED, "unauthenticated", "Your sign-in has ended. Sign in again to host.");
    }

    public static GameException notContestant() {
        return new GameException(
                ProblemType.FORBIDDEN, "not_contestant", "Only the player in the hot seat may do this.");
    }

    public static GameException lifelineUsed(String lifeline) {
        return new GameException(
                ProblemType.CONFLICT, "lifeline_used", "The " + lifeline + " lifeline has been used in this round.");
    }

    public static GameException invalidMessage(String detail) {
        return new GameException(ProblemType.MALFORMED_REQUEST, "invalid_message", detail);
    }
}
