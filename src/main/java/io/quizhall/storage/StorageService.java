package io.quizhall.storage;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.quizhall.account.AccountService;
import io.quizhall.account.CurrentUser;
import io.quizhall.shared.InvalidFieldsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploaded files: upload (type decided by content, limits, quota, dedupe), list, describe, download and delete;
 * and what other features ask of files: whether someone may use one in a quiz, which quizzes use it, and which
 * files a running game shows its players. docs/storage.md has the rules.
 */
@Service
public class StorageService {

    private static final Logger log = LoggerFactory.getLogger(StorageService.class);
    private static final int FILENAME_MAX_LENGTH = 255;

    /**
     * How long a live file's row is remembered for downloads and metadata. When a question opens, every phone asks
     * for its image and its alt text at once; on a small node a PostgreSQL query each made the requests wait for the
     * pool's connections until they failed (docs/performance.md, "A question's image on every phone at once").
     * Concurrent first requests share one query. Who may see the file is still decided anew for every request; a
     * new alt text or a deletion is seen at once on this node and within this time on the others.
     */
    static final Duration RECENT_FILE = Duration.ofSeconds(1);

    private final StorageItemRepository items;
    private final StorageLedger ledger;
    private final UploadInspector inspector;
    private final FileStore files;
    private final GameShares gameShares;
    private final ObjectProvider<QuizVisibility> quizVisibility;
    private final ObjectProvider<ActivityVisibility> activityVisibility;
    private final ObjectProvider<FileVisibility> otherVisibility;
    private final AccountService accounts;
    private final StorageProperties properties;
    private final Clock clock;
    private final LoadingCache<UUID, StorageItem> recentFiles;

    StorageService(
            StorageItemRepository items,
            StorageLedger ledger,
            UploadInspector inspector,
            FileStore files,
            GameShares gameShares,
            ObjectProvider<QuizVisibility> quizVisibility,
            ObjectProvider<ActivityVisibility> activityVisibility,
            ObjectProvider<FileVisibility> otherVisibility,
            AccountService accounts,
            StorageProperties properties,
            Clock clock) {
        this.items = items;
        this.ledger = ledger;
        this.inspector = inspector;
        this.files = files;
        this.gameShares = gameShares;
        this.quizVisibility = quizVisibility;
        this.activityVisibility = activityVisibility;
        this.otherVisibility = otherVisibility;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
        // A loader's null is not kept: a file is remembered only while it is live.
        this.recentFiles = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(RECENT_FILE)
                .build(id -> items.findById(id).filter(StorageItem::isLive).orElse(null));
    }

    // --- uploads ---

    /**
     * Stores a file for the user, or returns the user's live file with the same content. Not one transaction: the
     * bytes are checked and written to the backend first (which may take a while), then the row and the quota are
     * written in one short transaction; if that fails, the bytes are removed again.
     */
    public Upload upload(CurrentUser user, Upload.Content content, @Nullable String altText) {
        return upload(user, content, altText, Upload.Purpose.QUIZ);
    }

    /** Like {@link #upload(CurrentUser, Upload.Content, String)}; PDFs are accepted for activities only. */
    public Upload upload(CurrentUser user, Upload.Content content, @Nullable String altText, Upload.Purpose purpose) {
        if (content.size() <= 0) {
            throw InvalidFieldsException.of("file", "must not be empty");
        }
        String alt = cleanAltText(altText);
        UploadInspector.Inspection inspection;
        try {
            inspection = inspector.inspect(content.bytes(), content.size(), purpose == Upload.Purpose.ACTIVITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<StorageItem> existing = items.findByUserIdAndHashAndDeletedAtIsNull(user.id(), inspection.md5());
        if (existing.isPresent()) {
            return new Upload(StoredFile.of(existing.get(), true), false);
        }
        long quota = properties.quota().toBytes();
        long used = accounts.storageUsed(user.id());
        if (used + inspection.size() > quota) {
            // Checked again atomically with the insert; this only saves writing bytes that cannot stay.
            throw StorageExceptions.quotaExceeded(inspection.size(), used, quota);
        }
        StorageItem item = StorageItem.uploaded(user.id(), inspection, cleanFilename(content.filename()), alt, now());
        String key = item.storagePath();
        try {
            files.put(key, content.bytes(), inspection.size(), inspection.mediaType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new Upload(StoredFile.of(ledger.add(item, quota), true), true);
        } catch (DataIntegrityViolationException duplicate) {
            // The same content raced in from another request and won; hand out that one.
            removeQuietly(key);
            return items.findByUserIdAndHashAndDeletedAtIsNull(user.id(), inspection.md5())
                    .map(winner -> new Upload(StoredFile.of(winner, true), false))
                    .orElseThrow(() -> duplicate);
        } catch (RuntimeException e) {
            removeQuietly(key);
            throw e;
        }
    }

    // --- my files ---

    @Transactional(readOnly = true)
    public StoragePage listMine(CurrentUser user, int page, int size) {
        Page<StorageItem> found = items.findByUserIdAndDeletedAtIsNull(
                user.id(),
                PageRequest.of(
                        page, size, Sort.by(Sort.Direction.DESC, "uploadedAt").and(Sort.by("id"))));
        long quota = properties.quota().toBytes();
        long used = accounts.storageUsed(user.id());
        return new StoragePage(
                found.map(item -> StoredFile.of(item, true)).getContent(),
                page,
                size,
                found.getTotalElements(),
                found.getTotalPages(),
                used,
                quota,
                Math.max(0, quota - used));
    }

    /** A file's metadata, for whoever may download it; the original file name only for its owner. */
    public StoredFile details(UUID id, @Nullable CurrentUser viewer) {
        StorageItem item = visible(id, viewer);
        return StoredFile.of(item, item.isOwnedBy(viewer == null ? null : viewer.id()));
    }

    @Transactional
    public StoredFile describe(UUID id, @Nullable String altText, CurrentUser owner) {
        StorageItem item = items.findById(id)
                .filter(found -> found.isOwnedBy(owner.id()) && found.isLive())
                .orElseThrow(() -> StorageExceptions.notFound(id));
        item.describe(cleanAltText(altText));
        recentFiles.invalidate(id);
        return StoredFile.of(item, true);
    }

    /**
     * Deletes the owner's file: it is gone from the API at once and its size is given back to the quota; the
     * bytes stay for the grace period and are then removed by {@link StorageCleanup}.
     */
    public void delete(UUID id, CurrentUser owner) {
        ledger.remove(id, owner.id(), now()).orElseThrow(() -> StorageExceptions.notFound(id));
        recentFiles.invalidate(id);
    }

    /** The bytes, if the viewer may see the file (see {@link #visible}); otherwise 404. */
    public FileDownload download(UUID id, @Nullable CurrentUser viewer) {
        StorageItem item = visible(id, viewer);
        String key = item.storagePath();
        if (key == null) {
            throw StorageExceptions.notFound(id);
        }
        return new FileDownload(
                files.get(key, item.size()), item.mimeType(), item.size(), item.filename(), item.md5Hex());
    }

    /**
     * A live file is visible to its owner; to anyone who can see a quiz that shows it (a public quiz, or one of
     * their own, such as a copy); to anyone while a running game shows it, since players have no account; and to
     * anyone who can open an activity that shows it (while the activity has an unexpired share link); and to
     * whoever another feature's {@link FileVisibility} lets see it (a published event's picture, a trophy's icon,
     * a hunt's puzzle files for the teams that unlocked them).
     * Everyone else gets the same 404 as for an id that never existed.
     */
    private StorageItem visible(UUID id, @Nullable CurrentUser viewer) {
        StorageItem item = recentFiles.get(id);
        if (item == null) {
            throw StorageExceptions.notFound(id);
        }
        UUID viewerId = viewer == null ? null : viewer.id();
        if (item.isOwnedBy(viewerId)) {
            return item;
        }
        // Before the quizzes: when a question opens, every player fetches its image at once, and this answers from
        // Redis where the quiz rules would take two more PostgreSQL queries each (docs/performance.md, "A question's
        // image on every phone at once").
        if (gameShares.isShared(id)) {
            return item;
        }
        List<UUID> quizzes = items.quizIdsOf(id);
        QuizVisibility quizRules = quizVisibility.getIfAvailable();
        if (!quizzes.isEmpty() && quizRules != null && quizRules.anyVisibleTo(quizzes, viewerId)) {
            return item;
        }
        List<UUID> activities = items.activityIdsOf(id);
        ActivityVisibility activityRules = activityVisibility.getIfAvailable();
        if (!activities.isEmpty() && activityRules != null && activityRules.anyVisibleTo(activities, viewerId)) {
            return item;
        }
        if (otherVisibility.orderedStream().anyMatch(rules -> rules.visibleTo(id, viewerId))) {
            return item;
        }
        throw StorageExceptions.notFound(id);
    }

    // --- for other features ---

    /**
     * Those of {@code ids} that are live (not deleted) files uploaded by {@code userId}, each with its type
     * ({@code image/png}, {@code application/pdf}, ...). {@link FileReferences} checks a request's files with it.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> usableTypes(UUID userId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> types = new HashMap<>();
        for (Object[] row : items.findLiveTypesOwnedBy(userId, Set.copyOf(ids))) {
            types.put((UUID) row[0], (String) row[1]);
        }
        return types;
    }

    /**
     * Records that a quiz uses exactly these files, replacing what was recorded for it before. Ids of files that
     * no longer exist are skipped. (Deleting a quiz removes its links by the foreign key's cascade.)
     */
    @Transactional
    public void useInQuiz(UUID quizId, Collection<UUID> itemIds) {
        items.unlinkQuiz(quizId);
        if (!itemIds.isEmpty()) {
            items.linkQuiz(quizId, Set.copyOf(itemIds));
        }
    }

    /**
     * Records that an activity uses exactly these files (pictures and PDFs), replacing what was recorded for it
     * before, like {@link #useInQuiz}.
     */
    @Transactional
    public void useInActivity(UUID activityId, Collection<UUID> itemIds) {
        items.unlinkActivity(activityId);
        if (!itemIds.isEmpty()) {
            items.linkActivity(activityId, Set.copyOf(itemIds));
        }
    }

    /**
     * Lets the players of a live game download these files (they have no account) until the game ends or
     * {@code ttl} passes without {@link #extendGameShare}. Called by the game feature; never inside a transaction.
     */
    public void shareWithGame(UUID gameId, Collection<UUID> itemIds, Duration ttl) {
        gameShares.share(gameId, itemIds, ttl);
    }

    public void extendGameShare(UUID gameId, Duration ttl) {
        gameShares.extend(gameId, ttl);
    }

    public void endGameShare(UUID gameId) {
        gameShares.end(gameId);
    }

    // --- helpers ---

    private void removeQuietly(String key) {
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not remove the bytes of an upload that was not kept ({}): {}", key, e.toString());
        }
    }

    /** Plain text: normalised, without control characters, at most the configured length; blank means none. */
    private @Nullable String cleanAltText(@Nullable String altText) {
        String clean = plain(altText);
        if (clean != null && clean.codePointCount(0, clean.length()) > properties.altTextMaxLength()) {
            throw InvalidFieldsException.of(
                    "altText", "must be at most " + properties.altTextMaxLength() + " characters long");
        }
        return clean;
    }

    /** Only the last path segment of what the client called the file, cleaned like alt text and shortened. */
    static @Nullable String cleanFilename(@Nullable String filename) {
        if (filename == null) {
            return null;
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
        String clean = plain(name);
        if (clean == null) {
            return null;
        }
        return clean.codePointCount(0, clean.length()) <= FILENAME_MAX_LENGTH
                ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, FILENAME_MAX_LENGTH));
    }

    private static @Nullable String plain(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String clean = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ")
                .strip();
        return clean.isEmpty() ? null : clean;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
