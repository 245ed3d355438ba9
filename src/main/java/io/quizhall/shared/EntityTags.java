package io.quizhall.shared;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Versions of editable things (quizzes, activities) as HTTP entity tags: version 7 is {@code ETag: "7"}. Parses an
 * {@code If-Match} header, which may list several tags or be {@code *} (any version: the client explicitly accepts
 * overwriting), and decides the answer when an edit names a version that is no longer current.
 */
public record EntityTags(boolean any, Set<Long> versions) {

    /** The ETag header value of a version. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static EntityTags parse(String ifMatch) {
        Set<Long> versions = new HashSet<>();
        for (String part : ifMatch.split(",")) {
            String tag = part.strip();
            if (tag.equals("*")) {
                return new EntityTags(true, Set.of());
            }
            Long version = version(tag);
            if (version != null) {
                versions.add(version);
            }
        }
        return new EntityTags(false, Set.copyOf(versions));
    }

    public boolean matches(long version) {
        return any || versions.contains(version);
    }

    /**
     * An update must say which version it edited: {@code If-Match} (a mismatch is {@code 412}) or the body's
     * {@code version} (a mismatch is {@code 409}); saying neither is {@code 428}, so that no client overwrites
     * someone else's edit without meaning to.
     *
     * @param what the thing edited, for the message ("quiz", "activity")
     */
    public static void expectVersion(long current, @Nullable String ifMatch, @Nullable Long bodyVersion, String what) {
        if (ifMatch != null) {
            expectIfMatch(current, ifMatch, what);
        } else if (bodyVersion != null) {
            if (bodyVersion != current) {
                throw changedMeanwhile(false, what);
            }
        } else {
            throw new ApiException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Say which version you edited: send the " + what + "'s ETag in If-Match, or its version in the"
                            + " body.");
        }
    }

    /** A delete (or another change) that names a version with {@code If-Match}: only that version, else 412. */
    public static void expectIfMatch(long current, @Nullable String ifMatch, String what) {
        if (ifMatch != null && !parse(ifMatch).matches(current)) {
            throw changedMeanwhile(true, what);
        }
    }

    /** The edit started from an older version: {@code 412} if it said so with If-Match, else {@code 409}. */
    public static ApiException changedMeanwhile(boolean ifMatch, String what) {
        return new ApiException(
                ifMatch ? ProblemType.PRECONDITION_FAILED : ProblemType.CONFLICT,
                "The " + what + " was changed since you loaded it. Load it again and redo your changes.");
    }

    /** {@code "7"} is version 7; weak tags never match (If-Match compares strongly), nor does anything else. */
    private static @Nullable Long version(String tag) {
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return null;
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
