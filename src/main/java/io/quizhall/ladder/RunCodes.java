package io.quizhall.ladder;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Run codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits from SecureRandom. */
@Component
class RunCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A fresh random code; a bean (not a static call) so that a test can make codes collide. */
    String next() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A typed code as stored: trimmed and upper-cased. */
    static String normalise(String typed) {
        return typed.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
