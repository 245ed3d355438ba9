package io.quizhall.ladder;

import io.quizhall.shared.SecureTokens;
import org.springframework.stereotype.Component;

/** Run codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits from SecureRandom. */
@Component
class RunCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    /** A fresh random code; a bean (not a static call) so that a test can make codes collide. */
    String next() {
        return SecureTokens.code(ALPHABET, LENGTH);
    }

    /** A typed code as stored: trimmed and upper-cased. */
    static String normalise(String typed) {
        return typed.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
