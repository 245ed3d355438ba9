package io.quizhall.quiz;

import io.quizhall.account.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who reads a quiz, for access checks and for counting views once per viewer and day.
 *
 * @param userId the signed-in user, or null for an anonymous reader
 * @param key identifies the viewer in the view counter: the user id, or for anonymous readers a hash of address
 *     and user agent (so no address is stored)
 */
public record Viewer(@Nullable UUID userId, String key) {

    public static Viewer of(@Nullable CurrentUser user, @Nullable String address, @Nullable String userAgent) {
        if (user != null) {
            return new Viewer(user.id(), "u:" + user.id());
        }
        String fingerprint = (address == null ? "" : address) + "\n" + (userAgent == null ? "" : userAgent);
        return new Viewer(null, "a:" + sha256(fingerprint).substring(0, 32));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
