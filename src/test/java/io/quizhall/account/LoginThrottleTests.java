package io.quizhall.account;

import static io.quizhall.account.AccountApiTests.login;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizhall.support.Accounts;
import io.quizhall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Login throttling (kept in Redis) and the absence of user enumeration. */
@IntegrationTest
class LoginThrottleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    AccountProperties properties;

    @BeforeEach
    @AfterEach
    void forgetFailures() {
        accounts.resetLoginThrottles();
    }

    @Test
    void anAccountIsLockedAfterTooManyFailuresEvenForTheRightPassword() {
        var user = accounts.register(Accounts.uniqueName("locked"));
        for (int i = 0; i < properties.loginMaxFailuresPerAccount(); i++) {
            assertThat(login(accounts.anonymous(), user.username(), "wrong password " + i)
                            .status())
                    .isEqualTo(401);
        }

        var locked = login(accounts.anonymous(), user.email(), user.password());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.json().get("code").asString()).isEqualTo("too-many-requests");
        assertThat(Long.parseLong(locked.headers().getFirst("Retry-After")))
                .isPositive()
                .isLessThanOrEqualTo(properties.loginFailureWindow().toSeconds());
        assertThat(locked.body()).doesNotContain("session");

        accounts.resetLoginThrottles();
        assertThat(login(accounts.anonymous(), user.username(), user.password()).status())
                .as("the window passing lifts the lock")
                .isEqualTo(200);
    }

    @Test
    void oneAddressIsLockedAfterTooManyFailuresAcrossAccounts() {
        var victim = accounts.register(Accounts.uniqueName("victim"));
        for (int i = 0; i < properties.loginMaxFailuresPerIp(); i++) {
            assertThat(login(accounts.anonymous(), Accounts.uniqueName("guess"), "wrong password")
                            .status())
                    .isEqualTo(401);
        }

        var locked = login(accounts.anonymous(), victim.username(), victim.password());

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.headers().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void unknownAccountsAndWrongPasswordsLookTheSame() {
        var user = accounts.register(Accounts.uniqueName("known"));

        var wrongPassword = login(accounts.anonymous(), user.username(), "wrong password");
        var unknownUser = login(accounts.anonymous(), Accounts.uniqueName("nobody"), "wrong password");

        assertThat(wrongPassword.status()).isEqualTo(unknownUser.status()).isEqualTo(401);
        assertThat(withoutInstance(wrongPassword.body())).isEqualTo(withoutInstance(unknownUser.body()));
    }

    /**
     * Both paths must pay for one Argon2 verification. Without the dummy hash an unknown account answers in a
     * couple of milliseconds, a hundredth of the known one; the bound below is loose enough for a busy machine.
     */
    @Test
    void unknownAccountsCostAPasswordHashToo() {
        var user = accounts.register(Accounts.uniqueName("timed"));
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(time(() -> login(accounts.anonymous(), user.username(), "wrong password")));
            unknown.add(time(() -> login(accounts.anonymous(), Accounts.uniqueName("ghost"), "wrong password")));
            accounts.resetLoginThrottles();
        }

        assertThat(median(unknown)).isGreaterThan(median(known) / 3);
    }

    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }
}
