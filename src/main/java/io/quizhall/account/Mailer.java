package io.quizhall.account;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends account emails through SMTP when {@code spring.mail.host} is set. Without SMTP (the zero-setup run) it
 * logs the message instead, so the link can be copied from the log.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final @Nullable JavaMailSender sender;
    private final AccountProperties properties;
    private final TaskExecutor executor;

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            AccountProperties properties,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.sender = sender.getIfAvailable();
        this.properties = properties;
        this.executor = executor;
    }

    boolean isEnabled() {
        return sender != null;
    }

    /**
     * Sends in the background: the caller answers at once, and a request whose account exists takes no longer
     * than one whose account does not (no enumeration by timing).
     */
    void send(String to, String subject, String text) {
        JavaMailSender smtp = sender;
        if (smtp == null) {
            log.info("No SMTP server configured; this email to {} was not sent:\nSubject: {}\n{}", to, subject, text);
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        executor.execute(() -> {
            try {
                smtp.send(message);
            } catch (RuntimeException e) {
                log.error("Could not send \"{}\" to {}", subject, to, e);
            }
        });
    }
}
