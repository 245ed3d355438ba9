package io.quizhall.event;

import io.quizhall.shared.ApiException;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.ProblemType;
import java.time.Duration;
import java.util.UUID;

/** The refusals of the events feature (docs/events.md, "Errors"). */
final class EventExceptions {

    private EventExceptions() {}

    /** Also for a draft of someone else: Quizhall never confirms that it exists. */
    static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("event", id);
    }

    static NotFoundException sessionNotFound(UUID id) {
        return NotFoundException.forId("session", id);
    }

    static NotFoundException notRegistered() {
        return new NotFoundException("This player is not registered for the event.");
    }

    static NotFoundException noSuchUser() {
        return new NotFoundException("No account with this username.");
    }

    static ApiException full() {
        return new ApiException(ProblemType.EVENT_FULL, "The event is full.");
    }

    static ApiException notOpen() {
        return new ApiException(ProblemType.EVENT_NOT_OPEN, "The event is not open for registration.");
    }

    static ApiException alreadyRegistered() {
        return new ApiException(ProblemType.ALREADY_REGISTERED, "You are registered for this event already.");
    }

    static ApiException invalidTransition(String detail) {
        return new ApiException(ProblemType.CONFLICT, detail);
    }

    static ApiException archived() {
        return new ApiException(ProblemType.CONFLICT, "The event is archived and can no longer change.");
    }

    static ApiException sessionsLaunched() {
        return new ApiException(ProblemType.CONFLICT, "A session has been launched; the event can no longer change.");
    }

    static ApiException alreadyLaunched() {
        return new ApiException(ProblemType.CONFLICT, "This session's game has been launched already.");
    }

    static ApiException notLaunchableNow(Duration early) {
        return new ApiException(
                ProblemType.CONFLICT,
                "A session can be launched from " + early.toMinutes() + " minutes before its start until its end.");
    }

    static ApiException noQuiz() {
        return new ApiException(
                ProblemType.CONFLICT, "Choose the quiz or the ladder this event runs before launching it.");
    }

    static ApiException versionChanged() {
        return new ApiException(
                ProblemType.PRECONDITION_FAILED,
                "The event was changed meanwhile. Load it again and redo your change.");
    }

    static InvalidFieldsException noSessions() {
        return InvalidFieldsException.of("sessions", "must have at least one session to publish");
    }

    static InvalidFieldsException sessionInThePast() {
        return InvalidFieldsException.of("sessions", "must all start in the future");
    }

    static InvalidFieldsException capacityBelowRegistered(int registered) {
        return InvalidFieldsException.of(
                "capacity", "must be at least the " + registered + " players registered already");
    }
}
