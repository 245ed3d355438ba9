package io.quizhall.game.core;

import java.security.SecureRandom;

/** Six-digit game PINs from a CSPRNG; uniqueness among running games is claimed in Redis. */
final class Pins {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pins() {}

    static String next() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static boolean isWellFormed(String pin) {
        return pin.length() == 6 && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
