package io.quizhall.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Rules a new password must meet beyond its length: not one of the most common passwords and not the account's
 * own name. The list is the top of the frequency-ranked leaked-password dictionary shipped in the nbvcxz jar.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    static final int COMMON_PASSWORDS = 1000;
    private static final String DICTIONARY = "dictionaries/passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = loadMostCommon(COMMON_PASSWORDS);
    }

    /** Why the password is not acceptable, if it is not. */
    Optional<String> problem(String password, String username, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Optional.of("must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (common.contains(folded)) {
            return Optional.of("is one of the most common passwords; choose another");
        }
        if (folded.equals(username.toLowerCase(Locale.ROOT)) || folded.equals(email.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not be your username or email");
        }
        return Optional.empty();
    }

    int commonPasswordCount() {
        return common.size();
    }

    private static Set<String> loadMostCommon(int count) {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(DICTIONARY).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (words.size() < count && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the common-password list " + DICTIONARY, e);
        }
        return Set.copyOf(words);
    }
}
