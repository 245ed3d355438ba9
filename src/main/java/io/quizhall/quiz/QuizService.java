package io.quizhall.quiz;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.EntityTags;
import io.quizhall.shared.ExportEnvelope;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.NotFoundException;
import io.quizhall.storage.StorageService;
import io.quizhall.storage.Upload;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quiz feature's facade: authors create, edit, publish, copy, export and import quizzes; live games take a
 * {@link #snapshotForGame snapshot}. Another user's private quiz is reported as not found, never as forbidden.
 */
@Service
public class QuizService {

    /** The sort keys a quiz list accepts, and the entity property each sorts by. */
    private static final Map<String, String> SORT_KEYS =
            Map.of("updated", "updatedAt", "created", "createdAt", "title", "title");

    /** How problems name a quiz. */
    private static final String WHAT = "quiz";

    private final QuizRepository quizzes;
    private final QuizValidator validator;
    private final StorageService storage;
    private final QuizViews views;
    private final QuizFiles files;
    private final TransactionTemplate transactions;
    private final io.quizhall.audit.AuditTrail audit;
    private final Clock clock;

    QuizService(
            QuizRepository quizzes,
            QuizValidator validator,
            StorageService storage,
            QuizViews views,
            QuizFiles files,
            TransactionTemplate transactions,
            io.quizhall.audit.AuditTrail audit,
            Clock clock) {
        this.quizzes = quizzes;
        this.validator = validator;
        this.storage = storage;
        this.views = views;
        this.files = files;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public QuizDetails create(QuizRequest request, CurrentUser author) {
        QuizContent content = validator.validate(request.draft(), "", author.id(), Set.of());
        Quiz quiz = save(new Quiz(author.id(), content, now()));
        audit.record(author, "quiz.create", WHAT, quiz.id(), java.util.Map.of());
        return QuizDetails.of(quiz);
    }

    /**
     * Reads a quiz its owner, or anyone while it is public, may see. Not one transaction on purpose: the view
     * counter talks to Redis, which never runs inside a JPA transaction; loading and counting each take their own.
     */
    public QuizDetails read(UUID id, Viewer viewer) {
        Quiz quiz = visible(id, viewer.userId());
        if (!quiz.isOwnedBy(viewer.userId()) && views.firstToday(id, viewer)) {
            quizzes.countView(id);
        }
        return QuizDetails.of(quiz);
    }

    @Transactional(readOnly = true)
    public QuizPage listMine(CurrentUser user, int page, int size, String sort) {
        Page<Quiz> found = quizzes.findByUserId(user.id(), PageRequest.of(page, size, sortOf(sort)));
        return new QuizPage(
                found.map(QuizSummary::of).getContent(), page, size, found.getTotalElements(), found.getTotalPages());
    }

    /**
     * Replaces a quiz's content. The caller says which version it edited, with {@code If-Match} (a mismatch is
     * {@code 412}) or the body's {@code version} (a mismatch is {@code 409}); saying neither is {@code 428}, so
     * that no client overwrites someone else's edit without meaning to.
     */
    @Transactional
    public QuizDetails update(UUID id, QuizRequest request, @Nullable String ifMatch, CurrentUser author) {
        Quiz quiz = owned(id, author);
        EntityTags.expectVersion(quiz.version(), ifMatch, request.version(), WHAT);
        QuizContent content = validator.validate(
                request.draft(), "", author.id(), quiz.content().imageIds());
        quiz.replace(content, now());
        audit.record(author, "quiz.update", WHAT, id, java.util.Map.of());
        return QuizDetails.of(save(quiz, ifMatch != null));
    }

    /** Deletes a quiz; with {@code If-Match}, only the version the client last saw. */
    @Transactional
    public void delete(UUID id, @Nullable String ifMatch, CurrentUser author) {
        Quiz quiz = owned(id, author);
        EntityTags.expectIfMatch(quiz.version(), ifMatch, WHAT);
        audit.record(
                author,
                "quiz.delete",
                WHAT,
                id,
                java.util.Map.of("title", quiz.content().title()));
        quizzes.delete(quiz);
        flush(true);
    }

    @Transactional
    public QuizDetails publish(UUID id, CurrentUser author) {
        Quiz quiz = owned(id, author);
        quiz.publish();
        audit.record(author, "quiz.publish", WHAT, id, java.util.Map.of());
        return QuizDetails.of(save(quiz, false));
    }

    /** Whether the public quiz page shows the right answers of this quiz. */
    @Transactional
    public QuizDetails showSolutions(UUID id, boolean shown, CurrentUser author) {
        Quiz quiz = owned(id, author);
        quiz.showSolutions(shown);
        return QuizDetails.of(save(quiz, false));
    }

    /**
     * Any quiz, whoever owns it and whether or not it is public or hidden: for the community feature, which
     * decides itself who may see what (moderators see hidden quizzes).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<QuizDetails> find(UUID id) {
        return quizzes.findById(id).map(QuizDetails::of);
    }

    /** Counts a view of a quiz by someone other than its owner, once per viewer and day. Not in a transaction. */
    public void countView(UUID id, Viewer viewer, UUID ownerId) {
        if (!ownerId.equals(viewer.userId()) && views.firstToday(id, viewer)) {
            quizzes.countView(id);
        }
    }

    @Transactional
    public QuizDetails unpublish(UUID id, CurrentUser author) {
        Quiz quiz = owned(id, author);
        quiz.unpublish();
        audit.record(author, "quiz.unpublish", WHAT, id, java.util.Map.of());
        return QuizDetails.of(save(quiz, false));
    }

    /**
     * Copies a quiz the user may see (their own, or a public one) into a new private quiz of theirs. The content
     * was validated when it was saved and is copied as is; its pictures stay referenced by the copy.
     */
    @Transactional
    public QuizDetails copy(UUID id, CurrentUser user) {
        Quiz source = visible(id, user.id());
        return QuizDetails.of(save(source.copyFor(user.id(), now())));
    }

    @Transactional(readOnly = true)
    public QuizExport export(UUID id, @Nullable CurrentUser user) {
        return QuizExport.of(visible(id, user == null ? null : user.id()), now());
    }

    /** Creates a quiz from an export document, validated exactly like a create. */
    @Transactional
    public QuizDetails importQuiz(QuizExport document, CurrentUser author) {
        ExportEnvelope.check(
                QuizExport.FORMAT, QuizExport.VERSION, document.format(), document.version(), "quiz", document.quiz());
        ExportedQuiz exported = Objects.requireNonNull(document.quiz());
        QuizContent content = validator.validate(exported.draft(), "quiz.", author.id(), Set.of());
        return QuizDetails.of(save(new Quiz(author.id(), content, now())));
    }

    /**
     * The quiz and its pictures as one zip file (docs/quiz-format.md, "Quiz archive"), for anyone who may read
     * the quiz.
     */
    @Transactional(readOnly = true)
    public QuizArchive exportArchive(UUID id, @Nullable CurrentUser user) {
        return files.archive(visible(id, user == null ? null : user.id()), user, now());
    }

    /**
     * Creates a quiz of the author's from a file: a quiz archive with pictures, an export document, or a
     * spreadsheet (xlsx or CSV, Quizhall's template or Kahoot's). Not one transaction: an archive's pictures are
     * stored first (each upload commits on its own, after the rest of the quiz was validated), then the quiz is
     * validated again with them and saved in its own transaction.
     *
     * @param title the quiz's title for a spreadsheet, which has none; by default the file's name
     */
    public QuizDetails importFile(Upload.Content file, @Nullable String title, CurrentUser author) {
        QuizDraft draft = files.read(file, title, author);
        return Objects.requireNonNull(transactions.execute(status -> {
            QuizContent content = validator.validate(draft, "quiz.", author.id(), Set.of());
            return QuizDetails.of(save(new Quiz(author.id(), content, now())));
        }));
    }

    /** Quizhall's spreadsheet template for imports, as xlsx. */
    public void writeImportTemplate(OutputStream out) throws IOException {
        SpreadsheetImport.template(out);
    }

    /** The quiz as a live game will play it: the host's own quiz, or a public one. */
    @Transactional(readOnly = true)
    public QuizSnapshot snapshotForGame(UUID quizId, CurrentUser host) {
        return QuizSnapshot.of(visible(quizId, host.id()));
    }

    /** Whether the quiz exists (whoever owns it). */
    @Transactional(readOnly = true)
    public boolean exists(UUID quizId) {
        return quizzes.existsById(quizId);
    }

    /** Counts one finished live game of the quiz (in the transaction that keeps the game's result, once). */
    @Transactional
    public void recordPlay(UUID quizId) {
        quizzes.countPlay(quizId);
    }

    private Quiz visible(UUID id, @Nullable UUID user) {
        return quizzes.findById(id).filter(quiz -> quiz.isVisibleTo(user)).orElseThrow(() -> notFound(id));
    }

    private Quiz owned(UUID id, CurrentUser user) {
        return quizzes.findById(id).filter(quiz -> quiz.isOwnedBy(user.id())).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(UUID id) {
        return NotFoundException.forId("quiz", id);
    }

    private Quiz save(Quiz quiz) {
        return save(quiz, false);
    }

    /**
     * Writes the quiz now, so a concurrent edit that committed after we loaded it surfaces here (the version no
     * longer matches) as 412/409 instead of at commit, and so the response carries the new version.
     */
    private Quiz save(Quiz quiz, boolean ifMatch) {
        Quiz saved = quizzes.save(quiz);
        flush(ifMatch);
        storage.useInQuiz(saved.id(), saved.content().imageIds());
        return saved;
    }

    private void flush(boolean ifMatch) {
        try {
            quizzes.flush();
        } catch (OptimisticLockingFailureException e) {
            throw EntityTags.changedMeanwhile(ifMatch, WHAT);
        }
    }

    /** PostgreSQL keeps microseconds; a response must not show a time that differs from the stored one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Sort sortOf(String sort) {
        String[] parts = sort.split(",", -1);
        String property = SORT_KEYS.get(parts[0].strip());
        Sort.Direction direction = parts.length == 2
                ? Sort.Direction.fromOptionalString(parts[1].strip()).orElse(null)
                : parts.length == 1 ? defaultDirection(parts[0].strip()) : null;
        if (property == null || direction == null) {
            throw InvalidFieldsException.of(
                    "sort", "must be updated, created or title, optionally followed by ,asc or ,desc");
        }
        // The id breaks ties, so paging through quizzes with equal titles or times neither skips nor repeats one.
        return Sort.by(direction, property).and(Sort.by("id"));
    }

    private static Sort.Direction defaultDirection(String key) {
        return key.equals("title") ? Sort.Direction.ASC : Sort.Direction.DESC;
    }
}
