package io.quizhall.event;

import io.quizhall.account.CurrentUser;
import io.quizhall.ladder.LadderSessions;
import io.quizhall.quiz.QuizService;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import io.quizhall.storage.FileReferences;
import io.quizhall.storage.StorageService;
import io.quizhall.theme.ThemeService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks an event request and turns it into {@link EventContent}: every broken rule is reported at once, by the
 * field's path ({@code sessions[1].endsAt}). Texts are sanitised like quiz texts.
 */
@Component
class EventValidator {

    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 5000;
    static final int ELIGIBILITY_MAX = 200;
    static final Duration LONGEST_SESSION = Duration.ofHours(24);

    private final EventProperties properties;
    private final QuizService quizzes;
    private final ThemeService themes;
    private final StorageService storage;
    private final LadderSessions ladders;

    EventValidator(
            EventProperties properties,
            QuizService quizzes,
            ThemeService themes,
            StorageService storage,
            LadderSessions ladders) {
        this.properties = properties;
        this.quizzes = quizzes;
        this.themes = themes;
        this.storage = storage;
        this.ladders = ladders;
    }

    /**
     * {@code current}: the event being changed, whose special event (even if no longer active) and picture stay
     * allowed; null for a new event.
     */
    EventContent check(EventPayloads.@Nullable EventRequest request, CurrentUser organiser, @Nullable Event current) {
        if (request == null) {
            throw InvalidFieldsException.of("title", "must not be blank");
        }
        var errors = new ArrayList<FieldError>();
        String title = RichText.check("title", request.title(), TITLE_MAX, true, errors);
        String description = RichText.check("description", request.description(), DESCRIPTION_MAX, false, errors);
        String eligibility = RichText.check("eligibility", request.eligibility(), ELIGIBILITY_MAX, false, errors);
        Integer capacity = request.capacity();
        if (capacity == null) {
            errors.add(new FieldError("capacity", "must not be null"));
        } else if (capacity < 1 || capacity > properties.maxCapacity()) {
            errors.add(new FieldError("capacity", "must be between 1 and " + properties.maxCapacity()));
        }
        List<EventContent.Times> sessions = sessions(request.sessions(), errors);
        UUID quizId = request.quizId();
        if (quizId != null && !playable(quizId, organiser)) {
            errors.add(new FieldError("quizId", "is not a quiz you can host"));
        }
        String ladder = request.ladder() == null || request.ladder().isBlank()
                ? null
                : request.ladder().strip();
        if (ladder != null && quizId != null) {
            errors.add(new FieldError("ladder", "must be empty when the event runs a quiz"));
        } else if (ladder != null && !ladders.exists(ladder)) {
            errors.add(new FieldError("ladder", "is not a ladder"));
        }
        List<UUID> tagIds = themes.checkChoice(
                request.specialEventId(),
                current == null ? null : current.specialEventId(),
                request.tagIds(),
                "specialEventId",
                "tagIds",
                errors);
        // Only a picture the organiser uploaded (or the one the event shows already).
        var files = new FileReferences(errors);
        String picture = files.add("picture", request.picture(), FileReferences.Kind.PICTURE);
        UUID kept = current == null ? null : current.picture();
        files.checkUsableBy(organiser.id(), kept == null ? java.util.Set.of() : java.util.Set.of(kept), storage);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return new EventContent(
                title,
                description == null ? "" : description,
                eligibility,
                quizId,
                capacity,
                Boolean.TRUE.equals(request.curated()),
                sessions,
                request.specialEventId(),
                tagIds,
                picture == null ? null : UUID.fromString(picture),
                ladder);
    }

    /** Each session starts before it ends, lasts at most 24 h and overlaps no other; in order of their start. */
    private List<EventContent.Times> sessions(
            @Nullable List<EventPayloads.@Nullable SessionRequest> requested, List<FieldError> errors) {
        if (requested == null) {
            return List.of();
        }
        if (requested.size() > properties.maxSessions()) {
            errors.add(new FieldError("sessions", "must have at most " + properties.maxSessions() + " sessions"));
            return List.of();
        }
        var sessions = new ArrayList<EventContent.Times>();
        for (int i = 0; i < requested.size(); i++) {
            var session = requested.get(i);
            String path = "sessions[" + i + "]";
            if (session == null || session.startsAt() == null || session.endsAt() == null) {
                errors.add(new FieldError(path, "needs startsAt and endsAt"));
                continue;
            }
            if (!session.startsAt().isBefore(session.endsAt())) {
                errors.add(new FieldError(path + ".endsAt", "must be after startsAt"));
                continue;
            }
            if (Duration.between(session.startsAt(), session.endsAt()).compareTo(LONGEST_SESSION) > 0) {
                errors.add(new FieldError(path + ".endsAt", "must be at most 24 hours after startsAt"));
                continue;
            }
            for (int j = 0; j < sessions.size(); j++) {
                var other = sessions.get(j);
                if (session.startsAt().isBefore(other.endsAt())
                        && other.startsAt().isBefore(session.endsAt())) {
                    errors.add(new FieldError(path + ".startsAt", "overlaps another session of the event"));
                }
            }
            sessions.add(new EventContent.Times(session.startsAt(), session.endsAt()));
        }
        sessions.sort(java.util.Comparator.comparing(EventContent.Times::startsAt));
        return sessions;
    }

    private boolean playable(UUID quizId, CurrentUser organiser) {
        try {
            quizzes.snapshotForGame(quizId, organiser);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }
}
