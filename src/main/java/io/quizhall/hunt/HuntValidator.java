package io.quizhall.hunt;

import io.quizhall.hunt.HuntPayloads.HuntRequest;
import io.quizhall.hunt.HuntPayloads.PuzzleRequest;
import io.quizhall.hunt.HuntPayloads.ResponseRequest;
import io.quizhall.shared.ControlCharacters;
import io.quizhall.shared.FieldError;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.RichText;
import io.quizhall.storage.FileReferences;
import io.quizhall.storage.StorageService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks what organisers write: every invalid field at once (a problem listing them), texts sanitised, times
 * consistent, auto-response patterns compiled, files the organiser's own uploads of the right kind.
 */
@Component
class HuntValidator {

    private static final Pattern SHORT_ID = Pattern.compile("[0-9A-F]{3,8}");
    private static final Duration LONGEST_HUNT = Duration.ofDays(366);

    private final HuntProperties properties;
    private final StorageService storage;

    HuntValidator(HuntProperties properties, StorageService storage) {
        this.properties = properties;
        this.storage = storage;
    }

    HuntContent check(HuntRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String name = plain("name", request.name(), 120, true, errors);
        String intro = RichText.check("intro", request.intro(), properties.maxContentLength(), false, errors);
        String info = RichText.check("info", request.info(), properties.maxContentLength(), false, errors);
        String location = plain("location", request.location(), 200, false, errors);
        Instant start = micros(request.startsAt());
        Instant end = micros(request.endsAt());
        if (start == null) {
            errors.add(new FieldError("startsAt", "must not be blank"));
        }
        if (end == null) {
            errors.add(new FieldError("endsAt", "must not be blank"));
        }
        if (start != null
                && end != null
                && (!start.isBefore(end) || Duration.between(start, end).compareTo(LONGEST_HUNT) > 0)) {
            errors.add(new FieldError("endsAt", "must be after the start, at most a year later"));
        }
        Instant playStart = micros(request.playtestStartsAt());
        Instant playEnd = micros(request.playtestEndsAt());
        if ((playStart == null) != (playEnd == null)) {
            errors.add(new FieldError("playtestEndsAt", "must be given with the playtest start, or neither"));
        } else if (playStart != null && !playStart.isBefore(playEnd)) {
            errors.add(new FieldError("playtestEndsAt", "must be after the playtest start"));
        }
        int teamSize = request.teamSize() == null ? 1 : request.teamSize();
        if (teamSize < 1 || teamSize > 100) {
            errors.add(new FieldError("teamSize", "must be between 1 and 100"));
        }
        String field = plain("registrationField", request.registrationField(), 80, false, errors);
        Integer limit = request.submissionLimit();
        if (limit != null && (limit < 1 || limit > 1000)) {
            errors.add(new FieldError("submissionLimit", "must be between 1 and 1000"));
        }
        Integer window = request.submissionWindowSeconds();
        if (window != null && (window < 1 || window > 86400)) {
            errors.add(new FieldError("submissionWindowSeconds", "must be between 1 and 86400"));
        }
        String prepuzzle = RichText.check(
                "prepuzzleContent", request.prepuzzleContent(), properties.maxContentLength(), false, errors);
        String prepuzzleAnswer =
                plain("prepuzzleAnswer", request.prepuzzleAnswer(), properties.maxAnswerLength(), false, errors);
        String prepuzzleReply = RichText.check("prepuzzleReply", request.prepuzzleReply(), 2000, false, errors);
        if (prepuzzle != null && prepuzzleAnswer == null) {
            errors.add(new FieldError("prepuzzleAnswer", "must not be blank when there is a prepuzzle"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return new HuntContent(
                name,
                intro == null ? "" : intro,
                info == null ? "" : info,
                location,
                start,
                end,
                request.displayStartsAt() == null ? start : micros(request.displayStartsAt()),
                request.displayEndsAt() == null ? end : micros(request.displayEndsAt()),
                playStart,
                playEnd,
                teamSize,
                field,
                limit,
                window,
                prepuzzle,
                prepuzzleAnswer,
                prepuzzleReply);
    }

    /** {@code kept}: files the puzzle showed already (they stay allowed whoever uploaded them). */
    PuzzleContent check(PuzzleRequest request, UUID author, Set<UUID> kept) {
        List<FieldError> errors = new ArrayList<>();
        var files = new FileReferences(errors);
        String shortId =
                request.shortId() == null ? "" : request.shortId().strip().toUpperCase(Locale.ROOT);
        if (!SHORT_ID.matcher(shortId).matches()) {
            errors.add(new FieldError("shortId", "must be 3 to 8 hexadecimal digits"));
        }
        int position = request.position() == null ? 0 : request.position();
        if (position < 0 || position > 100_000) {
            errors.add(new FieldError("position", "must be between 0 and 100000"));
        }
        String name = plain("name", request.name(), 120, true, errors);
        PuzzleType type = PuzzleType.STANDARD;
        if (request.type() != null) {
            try {
                type = PuzzleType.valueOf(request.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("type", "must be STANDARD, META, FINAL or NON_SCORING"));
            }
        }
        var flags = new Answers.Flags(
                Boolean.TRUE.equals(request.allowSpaces()),
                Boolean.TRUE.equals(request.caseSensitive()),
                Boolean.TRUE.equals(request.allowNonAlphanumeric()));
        String answer = plain("answer", request.answer(), properties.maxAnswerLength(), true, errors);
        if (answer != null && Answers.normalise(answer, flags).isEmpty()) {
            errors.add(new FieldError("answer", "must keep at least one character under the puzzle's flags"));
        }
        String content = RichText.check("content", request.content(), properties.maxContentLength(), false, errors);
        List<String> pictures = new ArrayList<>();
        var requestedPictures = request.pictures() == null ? List.<@Nullable String>of() : request.pictures();
        if (requestedPictures.size() > properties.maxPictures()) {
            errors.add(new FieldError("pictures", "must be at most " + properties.maxPictures()));
        }
        for (int i = 0; i < requestedPictures.size() && i < properties.maxPictures(); i++) {
            String picture = files.add("pictures[" + i + "]", requestedPictures.get(i), FileReferences.Kind.PICTURE);
            if (picture == null) {
                errors.add(new FieldError("pictures[" + i + "]", "must not be blank"));
            } else {
                pictures.add(picture);
            }
        }
        String pdf = files.add("pdf", blankToNull(request.pdf()), FileReferences.Kind.PDF);
        String solution = files.add("solution", blankToNull(request.solution()), FileReferences.Kind.PDF);
        List<AutoResponses.Response> responses = responses(request.responses(), errors);
        Integer limit = request.submissionLimit();
        if (limit != null && (limit < 1 || limit > 1000)) {
            errors.add(new FieldError("submissionLimit", "must be between 1 and 1000"));
        }
        Integer window = request.submissionWindowSeconds();
        if (window != null && (window < 1 || window > 86400)) {
            errors.add(new FieldError("submissionWindowSeconds", "must be between 1 and 86400"));
        }
        files.checkUsableBy(author, kept, storage);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(ProblemType.VALIDATION_FAILED, errors);
        }
        return new PuzzleContent(
                shortId,
                position,
                name,
                type,
                answer,
                flags,
                content == null ? "" : content,
                pictures,
                pdf == null ? null : UUID.fromString(pdf),
                solution == null ? null : UUID.fromString(solution),
                responses,
                limit,
                window);
    }

    private List<AutoResponses.Response> responses(
            @Nullable List<@Nullable ResponseRequest> requested, List<FieldError> errors) {
        List<AutoResponses.Response> responses = new ArrayList<>();
        if (requested == null) {
            return responses;
        }
        if (requested.size() > properties.maxResponses()) {
            errors.add(new FieldError("responses", "must be at most " + properties.maxResponses()));
            return responses;
        }
        for (int i = 0; i < requested.size(); i++) {
            String field = "responses[" + i + "]";
            ResponseRequest response = requested.get(i);
            if (response == null
                    || response.pattern() == null
                    || response.pattern().isEmpty()) {
                errors.add(new FieldError(field + ".pattern", "must not be blank"));
                continue;
            }
            String pattern = response.pattern();
            if (pattern.length() > properties.maxPatternLength()) {
                errors.add(new FieldError(
                        field + ".pattern", "must be at most " + properties.maxPatternLength() + " characters long"));
                continue;
            }
            var invalid = AutoResponses.check(field + ".pattern", pattern);
            invalid.ifPresent(errors::add);
            String reply = RichText.check(field + ".reply", response.reply(), 2000, true, errors);
            if (invalid.isEmpty() && reply != null) {
                responses.add(new AutoResponses.Response(pattern, reply));
            }
        }
        return responses;
    }

    /** A one-line text: control characters refused, trimmed; null when blank and not required. */
    private static @Nullable String plain(
            String field, @Nullable String value, int maxLength, boolean required, List<FieldError> errors) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "must not be blank"));
            }
            return null;
        }
        if (ControlCharacters.in(text)) {
            errors.add(new FieldError(field, ControlCharacters.MESSAGE));
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters long"));
        }
        return text;
    }

    /**
     * PostgreSQL keeps microseconds and rounds: a time is cut to microseconds before it is compared or stored, so the
     * hunt read back has exactly the times it was checked with (and the clock's "now", also cut, compares right).
     */
    private static @Nullable Instant micros(@Nullable Instant time) {
        return time == null ? null : time.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
