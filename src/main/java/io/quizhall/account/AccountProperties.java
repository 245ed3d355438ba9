package io.quizhall.account;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings ({@code quizhall.account.*}); docs/auth.md explains each.
 *
 * @param publicUrl the address users reach Quizhall at, for links in emails; application.yml defaults it to
 *     localhost at {@code server.port}. Never derived from a request: a forged Host header must not reach a reset link
 * @param registrationEnabled whether anyone may create an account
 * @param mailFrom the sender of verification and password reset emails
 * @param sessionIdleTimeout a session ends after this long without a request
 * @param sessionAbsoluteTimeout a session ends this long after login, however active
 * @param loginMaxFailuresPerAccount failed logins an account tolerates per {@code loginFailureWindow}
 * @param loginMaxFailuresPerIp failed logins one client address may make per {@code loginFailureWindow}
 * @param loginFailureWindow the window of both login limits
 * @param passwordResetTokenTtl how long a password reset link works
 * @param mailMaxPerAccount emails a stranger can make us send to one account (reset links, notices of a
 *     registration with its address) per {@code mailWindow}; more are not sent, the answers stay the same
 * @param passwordResetMaxPerIp password reset requests one client address may make per {@code mailWindow}
 * @param mailWindow the window of both mail limits
 * @param maxApiKeysPerUser how many API keys one account may hold
 * @param moderators usernames or emails of moderators
 * @param admins usernames or emails of administrators
 * @param totpEncryptionKey Base64 of the 32-byte AES key that seals TOTP secrets; empty: generated once into the
 *     data directory ({@code totp-encryption.key})
 * @param secondFactorMaxFailures wrong TOTP or backup codes an account tolerates per {@code secondFactorWindow}
 * @param secondFactorWindow the window of that limit
 * @param pendingLoginTtl how long the token between the password and the second step lives
 * @param reauthenticationWindow how long a proof (login or re-authentication) allows sensitive changes
 */
@ConfigurationProperties("quizhall.account")
public record AccountProperties(
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("true") boolean registrationEnabled,

        @DefaultValue("Quizhall <noreply@quizhall.localhost>")
        String mailFrom,

        @DefaultValue("7d") Duration sessionIdleTimeout,
        @DefaultValue("30d") Duration sessionAbsoluteTimeout,
        @DefaultValue("5") int loginMaxFailuresPerAccount,
        @DefaultValue("20") int loginMaxFailuresPerIp,
        @DefaultValue("15m") Duration loginFailureWindow,
        @DefaultValue("1h") Duration passwordResetTokenTtl,
        @DefaultValue("3") int mailMaxPerAccount,
        @DefaultValue("20") int passwordResetMaxPerIp,
        @DefaultValue("1h") Duration mailWindow,
        @DefaultValue("20") int maxApiKeysPerUser,
        @DefaultValue List<String> moderators,
        @DefaultValue List<String> admins,
        @DefaultValue("") String totpEncryptionKey,
        @DefaultValue("5") int secondFactorMaxFailures,
        @DefaultValue("5m") Duration secondFactorWindow,
        @DefaultValue("5m") Duration pendingLoginTtl,
        @DefaultValue("10m") Duration reauthenticationWindow) {

    /** An address under {@link #publicUrl} for links in e-mails and payloads ({@code "/play?pin=123456"}). */
    public String link(String pathAndQuery) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
