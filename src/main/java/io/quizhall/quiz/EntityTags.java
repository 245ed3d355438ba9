package io.quizhall.quiz;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Quiz versions as HTTP entity tags: version 7 is {@code ETag: "7"}. Parses an {@code If-Match} header, which may
 * list several tags or be {@code *} (any version: the client explicitly accepts overwriting).
 */
record EntityTags(boolean any, Set<Long> versions) {

    static EntityTags parse(String ifMatch) {
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

    boolean matches(long version) {
        return any || versions.contains(version);
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
