package io.quizhall.hunt;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.util.UUID;

/** The refusals of the hunts feature (docs/hunts.md, "Errors"). */
final class HuntExceptions {

    private HuntExceptions() {}

    static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("hunt", id);
    }

    /** Also for a puzzle the team has not unlocked: Quizhall never confirms that it exists. */
    static NotFoundException puzzleNotFound(String shortId) {
        return new NotFoundException("No puzzle " + shortId + " here.");
    }

    static NotFoundException teamNotFound() {
        return new NotFoundException("No such team in this hunt.");
    }

    static NotFoundException noTeam() {
        return new NotFoundException("You are not in a team of this hunt.");
    }

    static NotFoundException wrongCode() {
        return new NotFoundException("No team of this hunt has this join code.");
    }

    static NotFoundException noSuchUser(String username) {
        return new NotFoundException("No account with the username " + username + ".");
    }

    static ApiException forbidden() {
        return new ApiException(ProblemType.FORBIDDEN, "Only the hunt's organisers may do this.");
    }

    static ApiException ownerOnly() {
        return new ApiException(ProblemType.FORBIDDEN, "Only the hunt's owner may name its organisers.");
    }

    static ApiException archived() {
        return new ApiException(ProblemType.CONFLICT, "The hunt is archived and can no longer change.");
    }

    static ApiException notEndedYet() {
        return new ApiException(ProblemType.CONFLICT, "A hunt can be archived once it has ended.");
    }

    static ApiException ended() {
        return new ApiException(ProblemType.CONFLICT, "The hunt has ended: teams can no longer change.");
    }

    static ApiException teamFull() {
        return new ApiException(ProblemType.TEAM_FULL, "The team is full.");
    }

    static ApiException alreadyInTeam() {
        return new ApiException(ProblemType.ALREADY_IN_TEAM, "You are in a team of this hunt already.");
    }

    static InvalidFieldsException nameTaken() {
        return new InvalidFieldsException(
                ProblemType.CONFLICT,
                java.util.List.of(new io.quizhall.shared.FieldError("name", "is taken by another team of this hunt")));
    }

    static InvalidFieldsException shortIdTaken() {
        return new InvalidFieldsException(
                ProblemType.CONFLICT,
                java.util.List.of(
                        new io.quizhall.shared.FieldError("shortId", "is taken by another puzzle of this hunt")));
    }

    static ApiException notPlaying() {
        return new ApiException(ProblemType.HUNT_NOT_OPEN, "Your team does not play now: the hunt is not open.");
    }

    static ApiException alreadySolved() {
        return new ApiException(ProblemType.ALREADY_SOLVED, "Your team has solved this puzzle already.");
    }

    static ApiException versionChanged() {
        return new ApiException(
                ProblemType.PRECONDITION_FAILED, "It was changed meanwhile. Load it again and redo your change.");
    }

    static ApiException tooManyPuzzles(int max) {
        return new ApiException(ProblemType.CONFLICT, "A hunt has at most " + max + " puzzles.");
    }

    static ApiException noHintsLeft() {
        return new ApiException(ProblemType.NO_HINTS_LEFT, "Your team has no hints left for this puzzle.");
    }

    static ApiException noCannedHintsLeft() {
        return new ApiException(ProblemType.NO_CANNED_HINTS_LEFT, "Every canned hint of this puzzle is revealed.");
    }

    static ApiException hintsLocked(java.time.Instant until) {
        return new ApiException(
                ProblemType.HINTS_LOCKED,
                "Hints for this puzzle open at " + until + ".",
                java.util.Map.of("lockedUntil", until.toString()));
    }

    static ApiException cannedHintsOnly() {
        return new ApiException(ProblemType.CANNED_HINTS_ONLY, "This hunt gives canned hints only.");
    }

    static ApiException cannedHintsFirst() {
        return new ApiException(
                ProblemType.CANNED_HINTS_FIRST, "Reveal every canned hint of this puzzle before asking your own.");
    }

    static ApiException alreadyClaimed() {
        return new ApiException(ProblemType.ALREADY_CLAIMED, "Another organiser has claimed this hint request.");
    }

    static ApiException notClaimant() {
        return new ApiException(
                ProblemType.NOT_CLAIMANT, "Claim the hint request first: only its claimant may do this.");
    }

    static ApiException hintRequestClosed(String status) {
        return new ApiException(
                ProblemType.HINT_REQUEST_CLOSED,
                "The hint request is " + status.toLowerCase(java.util.Locale.ROOT) + ": this is no longer possible.");
    }

    static io.quizhall.shared.NotFoundException hintRequestNotFound() {
        return new io.quizhall.shared.NotFoundException("No such hint request in this hunt.");
    }
}
