package io.quizhall.account;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkey settings ({@code quizhall.webauthn.*}, docs/configuration.md).
 *
 * @param rpId the relying party id: the site's registrable domain (e.g. {@code quiz.example.org}); passkeys are
 *     bound to it, so changing it orphans every registered passkey
 * @param rpName the name authenticators show
 * @param origins the exact origins pages may run passkey ceremonies from; empty means the origin of
 *     {@code quizhall.account.public-url}. Resolved at first use, so they may refer to {@code ${local.server.port}}
 */
@ConfigurationProperties("quizhall.webauthn")
public record WebAuthnProperties(
        @DefaultValue("localhost") String rpId,
        @DefaultValue("Quizhall") String rpName,
        @DefaultValue List<String> origins) {}
