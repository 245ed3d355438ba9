package io.quizhall.account;

import java.security.SecureRandom;

/** API keys: a recognisable prefix and enough random base62 characters for 48 in all. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    static final String API_KEY_PREFIX = "qh_";
    static final int API_KEY_LENGTH = 48;

    private Secrets() {}

    /** {@code qh_} and 45 base62 characters (about 268 random bits): 48 characters in all. */
    static String newApiKey() {
        var key = new StringBuilder(API_KEY_LENGTH).append(API_KEY_PREFIX);
        while (key.length() < API_KEY_LENGTH) {
            key.append(BASE62[RANDOM.nextInt(BASE62.length)]);
        }
        return key.toString();
    }
}
