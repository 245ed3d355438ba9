package io.quizhall.activity;

import io.quizhall.account.CurrentUser;
import io.quizhall.shared.ApiException;
import io.quizhall.shared.EntityTags;
import io.quizhall.shared.ExportEnvelope;
import io.quizhall.shared.InvalidFieldsException;
import io.quizhall.shared.ProblemType;
import io.quizhall.shared.QrCode;
import io.quizhall.shared.RateLimiter;
import io.quizhall.shared.SecureTokens;
import io.quizhall.storage.StorageService;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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

/**
 * The activity feature's facade: authors create, edit, export, import and share activities; learners open a shared
 * activity by its link and check their ABCD answers. Activities are private: another user's activity is reported
 * as not found, never as forbidden. docs/activities.md has the rules.
 */
@Service
public class ActivityService {

    /** How problems name an activity. */
    private static final String WHAT = "activity";

    private final QuizTivityRepository activities;
    private final QuizTivityShareRepository shares;
    private final ActivityValidator validator;
    private final ActivityLimits limits;
    private final StorageService storage;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    ActivityService(
            QuizTivityRepository activities,
            QuizTivityShareRepository shares,
            ActivityValidator validator,
            ActivityLimits limits,
            StorageService storage,
            RateLimiter rateLimiter,
            Clock clock) {
        this.activities = activities;
        this.shares = shares;
        this.validator = validator;
        this.limits = limits;
        this.storage = storage;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    // --- the author's activities ---

    @Transactional
    public ActivityDetails create(ActivityRequest request, CurrentUser author) {
        ActivityContent content = validator.validate(request.draft(), "", author.id(), Set.of());
        return ActivityDetails.of(save(new QuizTivity(author.id(), content, now()), false));
    }

    @Transactional(readOnly = true)
    public ActivityDetails read(UUID id, CurrentUser owner) {
        return ActivityDetails.of(owned(id, owner));
    }

    /** My activities, most recently saved first. */
    @Transactional(readOnly = true)
    public ActivityList listMine(CurrentUser owner, int page, int size) {
        // The id breaks ties, so paging through activities saved at the same time neither skips nor repeats one.
        Sort sort = Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id"));
        Page<QuizTivity> found = activities.findByUserId(owner.id(), PageRequest.of(page, size, sort));
        return new ActivityList(
                found.map(ActivitySummary::of).getContent(),
                page,
                size,
                found.getTotalElements(),
                found.getTotalPages());
    }

    /**
     * Replaces an activity's content. Like a quiz, the caller says which version it edited: {@code If-Match}
     * (mismatch {@code 412}), the body's {@code version} (mismatch {@code 409}), or neither ({@code 428}).
     */
    @Transactional
    public ActivityDetails update(UUID id, ActivityRequest request, @Nullable String ifMatch, CurrentUser author) {
        QuizTivity activity = owned(id, author);
        EntityTags.expectVersion(activity.version(), ifMatch, request.version(), WHAT);
        ActivityContent content = validator.validate(
                request.draft(), "", author.id(), activity.content().fileIds());
        activity.replace(content, now());
        return ActivityDetails.of(save(activity, ifMatch != null));
    }

    /** Deletes an activity with its shares (the links stop working at once); with {@code If-Match}, only that version. */
    @Transactional
    public void delete(UUID id, @Nullable String ifMatch, CurrentUser owner) {
        QuizTivity activity = owned(id, owner);
        EntityTags.expectIfMatch(activity.version(), ifMatch, WHAT);
        activities.delete(activity);
        flush(true);
    }

    @Transactional(readOnly = true)
    public ActivityExport export(UUID id, CurrentUser owner) {
        return ActivityExport.of(owned(id, owner), now());
    }

    /** Creates an activity from an export document, validated exactly like a create. */
    @Transactional
    public ActivityDetails importActivity(ActivityExport document, CurrentUser author) {
        ExportEnvelope.check(
                ActivityExport.FORMAT,
                ActivityExport.VERSION,
                document.format(),
                document.version(),
                "activity",
                document.activity());
        ExportedActivity exported = Objects.requireNonNull(document.activity());
        ActivityContent content = validator.validate(exported.draft(), "activity.", author.id(), Set.of());
        return ActivityDetails.of(save(new QuizTivity(author.id(), content, now()), false));
    }

    // --- shares, for the owner ---

    @Transactional
    public ShareDetails share(UUID id, ShareRequest request, CurrentUser owner) {
        QuizTivity activity = owned(id, owner);
        Instant now = now();
        String name = shareName(request.name());
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw InvalidFieldsException.of("expiresAt", "must be in the future");
        }
        if (shares.countByQuiztivityId(activity.id()) >= limits.maxShares()) {
            throw new ApiException(
                    ProblemType.CONFLICT,
                    "This activity has " + limits.maxShares() + " share links already. Revoke one you no longer"
                            + " need first.");
        }
        Instant expiresAt =
                request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        var share = shares.saveAndFlush(new QuizTivityShare(activity.id(), owner.id(), name, expiresAt, now));
        return ShareDetails.of(share, now);
    }

    /** The activity's share links, newest first, expired ones included (marked), until the owner revokes them. */
    @Transactional(readOnly = true)
    public List<ShareDetails> shares(UUID id, CurrentUser owner) {
        QuizTivity activity = owned(id, owner);
        Instant now = now();
        return shares.findByQuiztivityIdOrderByCreatedAtDesc(activity.id()).stream()
                .map(share -> ShareDetails.of(share, now))
                .toList();
    }

    /** Revokes a link: from now on it answers 404, like a link that never existed. */
    @Transactional
    public void revoke(UUID id, UUID shareId, CurrentUser owner) {
        shares.delete(ownedShare(id, shareId, owner));
    }

    /** The link of a share under {@code baseUrl} as a QR code (PNG), for the owner's share dialog. */
    @Transactional(readOnly = true)
    public byte[] shareQrCode(UUID id, UUID shareId, CurrentUser owner, String baseUrl) {
        QuizTivityShare share = ownedShare(id, shareId, owner);
        return QrCode.png(baseUrl.replaceAll("/$", "") + ShareDetails.LEARNER_PATH + share.token());
    }

    // --- learners, through a share link ---

    /**
     * The activity behind a share link, for anyone who has the link: {@code 404} for an unknown (or revoked) link,
     * {@code 410} once it expired. Learners get no solutions; their progress stays in their browser.
     */
    @Transactional(readOnly = true)
    public SharedActivity open(String token) {
        QuizTivityShare share = openShare(token);
        return SharedActivity.of(sharedActivity(share), share);
    }

    /**
     * Checks a learner's answer on an ABCD page of a shared activity. The solution is not in the page the learner
     * loaded; it is told here, once the learner has chosen. Rate-limited per link and address.
     *
     * @param client identifies the learner's address for the rate limit (it is not stored). Not one transaction on
     *     purpose: the rate limit talks to Redis, which never runs inside a JPA transaction.
     */
    public AnswerVerdict check(String token, int pageIndex, AnswerCheck answer, String client) {
        QuizTivityShare share = openShare(token);
        rateLimiter.consumeOrThrow(
                "activity-check:" + SecureTokens.sha256Hex(token).substring(0, 32) + ":" + client,
                new RateLimiter.Limit(limits.checksPerMinute(), ActivityLimits.CHECK_PERIOD),
                "Too many answers checked from here. Wait a minute and try again.");
        List<QuizTivityPage> pages = sharedActivity(share).pages();
        if (pageIndex < 0 || pageIndex >= pages.size()) {
            throw ActivityExceptions.pageNotFound(pageIndex);
        }
        if (!(pages.get(pageIndex) instanceof QuizTivityPage.Abcd abcd)) {
            throw InvalidFieldsException.of("page", "is not an ABCD page");
        }
        List<QuizTivityPage.AbcdAnswer> options = abcd.data().answers();
        Integer chosen = answer.answer();
        if (chosen == null || chosen < 0 || chosen >= options.size()) {
            throw InvalidFieldsException.of("answer", "must be the index of an option, 0 to " + (options.size() - 1));
        }
        List<Integer> correct = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                correct.add(i);
            }
        }
        return new AnswerVerdict(options.get(chosen).correct(), correct);
    }

    // --- helpers ---

    private QuizTivityShare openShare(String token) {
        QuizTivityShare share = shares.findByToken(token).orElseThrow(ActivityExceptions::shareNotFound);
        if (!share.isOpenAt(clock.instant())) {
            throw ActivityExceptions.shareExpired(Objects.requireNonNull(share.expireAt()));
        }
        return share;
    }

    private QuizTivity sharedActivity(QuizTivityShare share) {
        // The share's row goes with its activity (foreign key cascade); a missing one is a link that no longer works.
        return activities.findById(share.quiztivityId()).orElseThrow(ActivityExceptions::shareNotFound);
    }

    private QuizTivity owned(UUID id, CurrentUser owner) {
        return activities
                .findById(id)
                .filter(activity -> activity.isOwnedBy(owner.id()))
                .orElseThrow(() -> ActivityExceptions.notFound(id));
    }

    private QuizTivityShare ownedShare(UUID id, UUID shareId, CurrentUser owner) {
        QuizTivity activity = owned(id, owner);
        return shares.findById(shareId)
                .filter(share -> share.quiztivityId().equals(activity.id()))
                .orElseThrow(() -> ActivityExceptions.shareIdNotFound(shareId));
    }

    /** Plain text: normalised, control and format characters replaced by spaces, trimmed, 1 to the limit long. */
    private String shareName(@Nullable String name) {
        String clean = name == null
                ? ""
                : Normalizer.normalize(name, Normalizer.Form.NFC)
                        .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ")
                        .strip();
        if (clean.isEmpty()) {
            throw InvalidFieldsException.of("name", "must not be blank");
        }
        if (clean.codePointCount(0, clean.length()) > limits.shareNameMaxLength()) {
            throw InvalidFieldsException.of(
                    "name", "must be at most " + limits.shareNameMaxLength() + " characters long");
        }
        return clean;
    }

    /**
     * Writes the activity now, so a concurrent edit that committed after we loaded it surfaces here as 412/409
     * instead of at commit, and so the response carries the new version; then records which files it shows.
     */
    private QuizTivity save(QuizTivity activity, boolean ifMatch) {
        QuizTivity saved = activities.save(activity);
        flush(ifMatch);
        storage.useInActivity(saved.id(), saved.content().fileIds());
        return saved;
    }

    private void flush(boolean ifMatch) {
        try {
            activities.flush();
        } catch (OptimisticLockingFailureException e) {
            throw EntityTags.changedMeanwhile(ifMatch, WHAT);
        }
    }

    /** PostgreSQL keeps microseconds; a response must not show a time that differs from the stored one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
