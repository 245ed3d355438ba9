package io.quizhall.community;

import io.quizhall.account.CurrentUser;
import io.quizhall.account.UserAdministration;
import io.quizhall.community.CommunityPayloads.Author;
import io.quizhall.community.CommunityPayloads.CommunityPage;
import io.quizhall.community.CommunityPayloads.Profile;
import io.quizhall.community.CommunityPayloads.PublicQuiz;
import io.quizhall.community.CommunityPayloads.RatingState;
import io.quizhall.community.CommunityPayloads.ReportReceived;
import io.quizhall.community.CommunityPayloads.ReportRequest;
import io.quizhall.quiz.QuizDetails;
import io.quizhall.quiz.QuizService;
import io.quizhall.quiz.Viewer;
import io.quizhall.shared.NotFoundException;
import io.quizhall.shared.RateLimiter;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The community's public side: the listing and search, a public quiz's page, public profiles, ratings and
 * reports. Who may see a quiz: its owner always; everyone while it is public, not hidden and its author's account
 * is not disabled; moderators also while it is public and hidden. Everyone else gets 404.
 */
@Service
public class CommunityService {

    private final QuizService quizzes;
    private final UserAdministration users;
    private final CommunitySearch search;
    private final RatingRepository ratings;
    private final QuizReportRepository reports;
    private final RateLimiter rateLimiter;
    private final CommunityProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    private final io.quizhall.quiz.QuizClassifications classifications;

    CommunityService(
            QuizService quizzes,
            UserAdministration users,
            CommunitySearch search,
            RatingRepository ratings,
            QuizReportRepository reports,
            RateLimiter rateLimiter,
            CommunityProperties properties,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            io.quizhall.quiz.QuizClassifications classifications,
            Clock clock) {
        this.classifications = classifications;
        this.quizzes = quizzes;
        this.users = users;
        this.search = search;
        this.ratings = ratings;
        this.reports = reports;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    CommunityPage page(@Nullable String query, QuizFilter filter, @Nullable String sort, int page, int size) {
        return search.page(query, filter, sort, page, Math.min(size, properties.maxPageSize()));
    }

    /**
     * A quiz's public page; counts a view (once per viewer and day, not by its owner). Not one transaction: the
     * view counter talks to Redis, which never runs inside a JPA transaction.
     */
    PublicQuiz read(UUID id, @Nullable CurrentUser reader, Viewer viewer) {
        QuizDetails quiz = visible(id, reader);
        var author = users.profileOf(quiz.ownerId())
                .map(profile -> new Author(profile.id(), profile.username()))
                .orElseGet(() -> new Author(quiz.ownerId(), ""));
        if (quiz.published() && !quiz.hidden()) {
            quizzes.countView(id, viewer, quiz.ownerId());
        }
        Boolean myRating = reader == null
                ? null
                : ratings.findByUserIdAndQuizId(reader.id(), id)
                        .map(Rating::positive)
                        .orElse(null);
        boolean mine = reader != null && reader.id().equals(quiz.ownerId());
        Integer modRating = jdbc.sql("SELECT mod_rating FROM quiz WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .optional()
                .orElse(null);
        return new PublicQuiz(
                quiz.id(),
                quiz.title(),
                quiz.description(),
                quiz.coverImage(),
                author,
                quiz.questions().size(),
                PublicQuestions.kinds(quiz.questions()),
                quiz.plays(),
                quiz.views(),
                quiz.likes(),
                quiz.dislikes(),
                modRating,
                quiz.createdAt(),
                quiz.updatedAt(),
                quiz.solutionsPublic(),
                PublicQuestions.of(quiz.questions(), quiz.solutionsPublic()),
                myRating,
                mine,
                quiz.hidden(),
                mine || (reader != null && reader.isModerator()) ? quiz.hiddenReason() : null,
                classifications.read(quiz.id()));
    }

    Profile profile(String username, int size) {
        var profile = users.profile(username).orElseThrow(() -> new NotFoundException("No user " + username));
        CommunityPage quizzes =
                search.page(null, QuizFilter.byAuthor(profile.username()), "newest", 0, Math.min(size, 50));
        return new Profile(
                profile.id(),
                profile.username(),
                profile.joinedAt(),
                profile.hasAvatar() ? "/api/v1/users/" + profile.id() + "/avatar" : null,
                quizzes);
    }

    /** Likes or dislikes a public quiz; a second vote replaces the first. */
    RatingState rate(UUID quizId, boolean positive, CurrentUser user) {
        limitRatings(user);
        QuizDetails quiz = rateable(quizId, user);
        return transactions.execute(status -> {
            ratings.rate(user.id(), quiz.id(), positive);
            return state(quiz.id(), user);
        });
    }

    /** Takes the user's rating back; without one, nothing changes. */
    RatingState unrate(UUID quizId, CurrentUser user) {
        limitRatings(user);
        QuizDetails quiz = rateable(quizId, user);
        return transactions.execute(status -> {
            ratings.unrate(user.id(), quiz.id());
            return state(quiz.id(), user);
        });
    }

    /** Files a report; reporting a quiz again while the first report is open changes nothing. */
    ReportReceived report(UUID quizId, ReportRequest request, CurrentUser user) {
        QuizDetails quiz = visible(quizId, user);
        if (quiz.ownerId().equals(user.id())) {
            throw new CommunityExceptions.OwnQuiz();
        }
        rateLimiter.consumeOrThrow(
                "community:report:" + user.id(),
                new RateLimiter.Limit(properties.reportsPerDay(), CommunityProperties.REPORT_PERIOD),
                "You have sent too many reports today; try again later.");
        String comment = request.comment() == null || request.comment().isBlank()
                ? null
                : request.comment().strip();
        try {
            return transactions.execute(status -> new ReportReceived(reports.saveAndFlush(
                            new QuizReport(quiz.id(), user.id(), request.reason(), comment, clock.instant()))
                    .id()));
        } catch (DataIntegrityViolationException alreadyOpen) {
            // The partial unique index allows one open report per reporter and quiz.
            UUID open = jdbc.sql("SELECT id FROM quiz_report WHERE target_kind = 'QUIZ' AND target_id = ?"
                            + " AND reporter_id = ?"
                            + " AND resolved_at IS NULL")
                    .params(quiz.id(), user.id())
                    .query(UUID.class)
                    .single();
            return new ReportReceived(open);
        }
    }

    private void limitRatings(CurrentUser user) {
        rateLimiter.consumeOrThrow(
                "community:rating:" + user.id(),
                new RateLimiter.Limit(properties.ratingsPerMinute(), CommunityProperties.RATING_PERIOD),
                "Too many ratings; wait a moment.");
    }

    private QuizDetails rateable(UUID quizId, CurrentUser user) {
        QuizDetails quiz = visible(quizId, user);
        if (quiz.ownerId().equals(user.id())) {
            throw new CommunityExceptions.OwnQuiz();
        }
        if (!quiz.published() || quiz.hidden()) {
            throw NotFoundException.forId("quiz", quizId);
        }
        return quiz;
    }

    private RatingState state(UUID quizId, CurrentUser user) {
        return jdbc.sql("SELECT q.likes, q.dislikes, r.positive FROM quiz q"
                        + " LEFT JOIN rating r ON r.quiz_id = q.id AND r.user_id = ? WHERE q.id = ?")
                .params(user.id(), quizId)
                .query((rs, row) ->
                        new RatingState(rs.getInt("likes"), rs.getInt("dislikes"), (Boolean) rs.getObject("positive")))
                .single();
    }

    /** The quiz if the reader may see it on the community pages; otherwise 404, as if it did not exist. */
    @Transactional(readOnly = true)
    QuizDetails visible(UUID id, @Nullable CurrentUser reader) {
        QuizDetails quiz = quizzes.find(id).orElseThrow(() -> NotFoundException.forId("quiz", id));
        if (reader != null && reader.id().equals(quiz.ownerId())) {
            return quiz;
        }
        boolean moderator = reader != null && reader.isModerator();
        boolean authorActive = users.profileOf(quiz.ownerId()).isPresent();
        if (quiz.published() && ((!quiz.hidden() && authorActive) || moderator)) {
            return quiz;
        }
        throw NotFoundException.forId("quiz", id);
    }
}
