package io.quizhall.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizhall.support.IntegrationTest;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@IntegrationTest
class AccountRepositoryTests {

    @Autowired
    UserRepository users;

    @Autowired
    UserSessionRepository sessions;

    @Autowired
    ApiKeyRepository apiKeys;

    @Autowired
    FidoCredentialRepository credentials;

    final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void aUserRoundTrips() {
        String name = unique();
        User user = new User(name + "@Example.org", name, "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA", now);
        user.changeAvatar(new byte[] {1, 2, 3});
        users.saveAndFlush(user);

        User read = users.findByLogin(name.toUpperCase()).orElseThrow();

        assertThat(read.id()).isEqualTo(user.id());
        assertThat(read.email()).isEqualTo(name + "@Example.org");
        assertThat(read.passwordHash()).startsWith("$argon2id$");
        assertThat(read.createdAt()).isEqualTo(now);
        assertThat(read.authType()).isEqualTo(AuthType.LOCAL);
        assertThat(read.avatar()).containsExactly(1, 2, 3);
        assertThat(read.storageUsed()).isZero();
        assertThat(users.findByLogin(name.toLowerCase() + "@example.ORG")).isPresent();
    }

    @Test
    void usernamesAndEmailsAreUniqueRegardlessOfCase() {
        String name = unique();
        users.saveAndFlush(new User(name + "@example.org", name, null, now));

        assertThatThrownBy(() ->
                        users.saveAndFlush(new User("other-" + name + "@example.org", name.toUpperCase(), null, now)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> users.saveAndFlush(new User(name.toUpperCase() + "@EXAMPLE.org", "x" + name, null, now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aSessionRoundTripsAndIsFoundByItsKeyHash() {
        User user = users.saveAndFlush(new User(unique() + "@example.org", unique(), null, now));
        byte[] keyHash = sha256("secret session key " + unique());
        UserSession session = sessions.saveAndFlush(new UserSession(user.id(), keyHash, "127.0.0.1", "JUnit", now));

        UserSession read = sessions.findBySessionKeyHash(keyHash).orElseThrow();

        assertThat(read.id()).isEqualTo(session.id());
        assertThat(read.userId()).isEqualTo(user.id());
        assertThat(read.ipAddress()).isEqualTo("127.0.0.1");
        assertThat(read.userAgent()).isEqualTo("JUnit");
        assertThat(read.lastSeen()).isEqualTo(now);
        assertThat(sessions.findByUserIdOrderByLastSeenDesc(user.id())).hasSize(1);
    }

    @Test
    void anApiKeyRoundTripsByItsHash() {
        User user = users.saveAndFlush(new User(unique() + "@example.org", unique(), null, now));
        byte[] keyHash = sha256("qh_" + unique());
        ApiKey key = new ApiKey(user.id(), "CI uploads", keyHash, "qh_abcd", now);
        key.markUsed(now.plusSeconds(5));
        apiKeys.saveAndFlush(key);

        ApiKey read = apiKeys.findByKeyHash(keyHash).orElseThrow();

        assertThat(read.name()).isEqualTo("CI uploads");
        assertThat(read.prefix()).isEqualTo("qh_abcd");
        assertThat(read.userId()).isEqualTo(user.id());
        assertThat(read.lastUsedAt()).isEqualTo(now.plusSeconds(5));
    }

    @Test
    void aPasskeyCredentialRoundTrips() {
        User user = users.saveAndFlush(new User(unique() + "@example.org", unique(), null, now));
        byte[] publicKey = new byte[300];
        publicKey[299] = 7;
        FidoCredential credential =
                credentials.saveAndFlush(new FidoCredential(user.id(), sha256(unique()), publicKey, 3));

        FidoCredential read = credentials.findByUserId(user.id()).get(0);

        assertThat(read.pk()).isEqualTo(credential.pk());
        assertThat(read.publicKey()).isEqualTo(publicKey);
        assertThat(read.signCount()).isEqualTo(3);
    }

    static String unique() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
