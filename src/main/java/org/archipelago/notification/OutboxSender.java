package org.archipelago.notification;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.archipelago.shared.AcademyProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what waits in the outbox when SMTP is configured. Each message is sent and marked in a transaction of its
 * own, so one bad address does not hold back the others; failures are retried up to a limit.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final PageRequest BATCH = PageRequest.of(0, 100);

    private final OutboxMessages messages;
    private final @Nullable JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final AcademyProperties properties;
    private final Clock clock;

    @Autowired
    OutboxSender(
            OutboxMessages messages,
            ObjectProvider<JavaMailSender> mailSender,
            TransactionTemplate transactions,
            AcademyProperties properties,
            Clock clock) {
        this(messages, mailSender.getIfAvailable(), transactions, properties, clock);
    }

    /** With no mail sender (no SMTP configured) nothing is sent: the messages stay readable in the outbox. */
    OutboxSender(
            OutboxMessages messages,
            @Nullable JavaMailSender mailSender,
            TransactionTemplate transactions,
            AcademyProperties properties,
            Clock clock) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${archipelago.mail.send-interval:30s}")
    void sendPending() {
        JavaMailSender smtp = mailSender;
        if (smtp == null) {
            return;
        }
        // Every waiting message once per run, in batches: one that fails stays behind for the next run.
        List<Long> batch = messages.pendingIdsAfter(0, OutboxMessage.MAX_ATTEMPTS, BATCH);
        while (!batch.isEmpty()) {
            for (Long id : batch) {
                transactions.executeWithoutResult(
                        status -> messages.findById(id).ifPresent(m -> send(m, smtp)));
            }
            batch = messages.pendingIdsAfter(batch.getLast(), OutboxMessage.MAX_ATTEMPTS, BATCH);
        }
    }

    private void send(OutboxMessage message, JavaMailSender smtp) {
        try {
            var mime = smtp.createMimeMessage();
            var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mailFrom());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
            smtp.send(mime);
            message.sent(clock.instant());
        } catch (MailException | MessagingException e) {
            log.warn("Could not send e-mail {} to {}: {}", message.entry().id(), message.recipient(), e.getMessage());
            message.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }
}
