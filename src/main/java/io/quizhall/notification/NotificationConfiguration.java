package io.quizhall.notification;

import io.quizhall.shared.SsrfGuard;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SSRF guard with the notification settings: http allowed or not, and the testing-only exempt addresses. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    SsrfGuard notificationSsrfGuard(NotificationProperties properties) {
        if (!properties.exemptAddresses().isEmpty()) {
            LoggerFactory.getLogger(NotificationConfiguration.class)
                    .warn(
                            "quizhall.notification.exempt-addresses lets webhooks reach {}: a testing aid, not for"
                                    + " production",
                            properties.exemptAddresses());
        }
        return new SsrfGuard(properties.allowHttp(), properties.exemptAddresses());
    }
}
