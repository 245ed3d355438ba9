package io.quizhall.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Creates accounts through the public API the way a person would: register, open the emailed link, log in. */
public class Accounts {

    public static final String PASSWORD = "correct horse battery staple";
    private static final Pattern LINK = Pattern.compile("/api/v1/auth/verify-email\\?token=([A-Za-z0-9_-]+)");

    private final String baseUrl;
    private final GreenMail mail;
    private final StringRedisTemplate redis;

    Accounts(String baseUrl, GreenMail mail, StringRedisTemplate redis) {
        this.baseUrl = baseUrl;
        this.mail = mail;
        this.redis = redis;
    }

    public record User(UUID id, String username, String email, String password) {}

    /** A signed-in user's client: cookies, CSRF and all. */
    public final class SignedIn extends Session {
        private final User user;

        SignedIn(User user) {
            super(baseUrl);
            this.user = user;
        }

        public User user() {
            return user;
        }
    }

    public Session anonymous() {
        return new Session(baseUrl);
    }

    public SignedIn newUser() {
        return signIn(register(uniqueName("user")));
    }

    private User admin;

    /** The account named in {@code quizhall.account.admins} of the test profile. */
    public synchronized SignedIn newAdmin() {
        if (admin == null) {
            admin = register("qh-admin");
        }
        return signIn(admin);
    }

    private User moderator;

    /** The account named in {@code quizhall.account.moderators} of the test profile. */
    public synchronized SignedIn newModerator() {
        if (moderator == null) {
            moderator = register("qh-moderator");
        }
        return signIn(moderator);
    }

    /** Registers and verifies an account without logging in. */
    public User register(String username) {
        String email = username + "@example.org";
        var response = anonymous().post("/api/v1/auth/register", """
                {"email": "%s", "username": "%s", "password": "%s"}""".formatted(email, username, PASSWORD));
        if (response.status() != 201) {
            throw new IllegalStateException("Registration failed: " + response.status() + " " + response.body());
        }
        UUID id = UUID.fromString(response.json().get("id").asString());
        String token = verificationToken(email);
        var verified = anonymous().get("/api/v1/auth/verify-email?token=" + token);
        if (verified.status() != 200) {
            throw new IllegalStateException("Verification failed: " + verified.body());
        }
        return new User(id, username, email, PASSWORD);
    }

    public SignedIn signIn(User user) {
        var session = new SignedIn(user);
        var response = session.post("/api/v1/auth/login", """
                {"login": "%s", "password": "%s"}""".formatted(user.username(), user.password()));
        if (response.status() != 200) {
            throw new IllegalStateException("Login failed: " + response.status() + " " + response.body());
        }
        return session;
    }

    /** The text of the newest email to {@code address} whose body matches {@code pattern}; waits for it. */
    public Matcher awaitMail(String address, Pattern pattern) {
        var found = new Matcher[1];
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            MimeMessage[] messages = mail.getReceivedMessagesForDomain(address);
            for (int i = messages.length - 1; i >= 0; i--) {
                Matcher matcher = pattern.matcher(TestSmtp.text(messages[i]));
                if (matcher.find()) {
                    found[0] = matcher;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    public int mailCount(String address) {
        return mail.getReceivedMessagesForDomain(address).length;
    }

    /** The subject and text of every email to {@code address} so far, oldest first. */
    public java.util.List<String> mails(String address) {
        return java.util.Arrays.stream(mail.getReceivedMessagesForDomain(address))
                .map(message -> {
                    try {
                        return message.getSubject() + "\n" + TestSmtp.text(message);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public String verificationToken(String email) {
        return awaitMail(email, LINK).group(1);
    }

    /** Forgets every login failure, so throttling tests don't lock out the tests after them. */
    public void resetLoginThrottles() {
        forget("qh:rate:login:*");
    }

    /** Forgets every password reset request and account email counted, for the same reason. */
    public void resetMailThrottles() {
        forget("qh:rate:password-reset:*");
        forget("qh:rate:mail:*");
    }

    private void forget(String pattern) {
        var keys = redis.keys(pattern);
        if (keys != null && !keys.isEmpty()) {
            redis.delete(keys);
        }
    }

    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
