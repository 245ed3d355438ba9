package io.quizhall.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets and their hashes. Secrets have at least 128 random bits, so SHA-256 is enough to store them. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    static final String API_KEY_PREFIX = "qh_";
    static final int API_KEY_LENGTH = 48;

    private Secrets() {}

    /** A URL-safe token of 256 random bits. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code qh_} and 45 base62 characters (about 268 random bits): 48 characters in all. */
    static String newApiKey() {
        var key = new StringBuilder(API_KEY_LENGTH).append(API_KEY_PREFIX);
        while (key.length() < API_KEY_LENGTH) {
            key.append(BASE62[RANDOM.nextInt(BASE62.length)]);
        }
        return key.toString();
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    static String sha256Hex(String secret) {
        return java.util.HexFormat.of().formatHex(sha256(secret));
    }
}
