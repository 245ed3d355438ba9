package io.quizhall.account;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
    /** One sender thread: mail is rare, and a slow SMTP server must not hold up requests. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "mailer");
        thread.setDaemon(true);
        return thread;
    });

    Mailer(ObjectProvider<JavaMailSender> sender, AccountProperties properties) {
        this.sender = sender.getIfAvailable();
        this.properties = properties;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
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
