package io.quizhall.hunt;

import io.quizhall.shared.SecureTokens;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Team join codes: 8 characters from an alphabet without look-alikes (no B, I, L, O, Q, 0, 1, 8), about 39 bits
 * from SecureRandom. Uniqueness is the database's (a unique constraint, retried with a fresh code).
 */
@Component
class JoinCodes {

    static final String ALPHABET = "2345679ACDEFGHJKMNPRSTUVWXYZ";
    static final int LENGTH = 8;

    /** A fresh random code; a bean (not a static call) so that a test can make codes collide. */
    String next() {
        return SecureTokens.code(ALPHABET, LENGTH);
    }

    /** A typed code as stored: without spaces and dashes, upper-cased. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
