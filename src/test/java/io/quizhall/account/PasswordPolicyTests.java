package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void knowsTheThousandMostCommonPasswords() {
        assertThat(policy.commonPasswordCount()).isEqualTo(PasswordPolicy.COMMON_PASSWORDS);
    }

    @Test
    void rejectsCommonPasswordsRegardlessOfCase() {
        assertThat(policy.problem("password", "ada", "ada@example.org")).isPresent();
        assertThat(policy.problem("12345678", "ada", "ada@example.org")).isPresent();
        assertThat(policy.problem("QWERTYUIOP", "ada", "ada@example.org")).isPresent();
    }

    @Test
    void rejectsTheAccountsOwnNameAndEmail() {
        assertThat(policy.problem("Lovelace1815", "lovelace1815", "ada@example.org"))
                .isPresent();
        assertThat(policy.problem("ada@example.org", "ada", "ADA@example.org")).isPresent();
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(policy.problem("ünïcödé", "ada", "ada@example.org"))
                .as("7 characters")
                .isPresent();
        assertThat(policy.problem("ünïcödé!", "ada", "ada@example.org"))
                .as("8 characters")
                .isEmpty();
    }

    @Test
    void acceptsAnUncommonPassphrase() {
        assertThat(policy.problem("correct horse battery staple", "ada", "ada@example.org"))
                .isEmpty();
    }
}
