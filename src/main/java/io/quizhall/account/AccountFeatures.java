package io.quizhall.account;

import io.quizhall.shared.FeatureFlag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the account feature reports in {@code GET /api/v1/instance}. */
@Configuration(proxyBeanMethods = false)
class AccountFeatures {

    @Bean
    FeatureFlag registrationFeature(AccountProperties properties) {
        return new FeatureFlag("registration", properties.registrationEnabled());
    }

    @Bean
    FeatureFlag emailVerificationFeature(Mailer mailer) {
        return new FeatureFlag("emailVerification", mailer.isEnabled());
    }

    @Bean
    FeatureFlag apiKeysFeature() {
        return new FeatureFlag("apiKeys", true);
    }
}
