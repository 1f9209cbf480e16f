package org.archipelago.notification;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Where modules leave e-mails; see the package description. */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,}");

    private final OutboxMessages messages;
    private final Clock clock;
    private final boolean smtpConfigured;

    Outbox(OutboxMessages messages, Clock clock, ObjectProvider<JavaMailSender> mailSender) {
        this.messages = messages;
        this.clock = clock;
        this.smtpConfigured = mailSender.getIfAvailable() != null;
    }

    /**
     * Queues a mail in the caller's transaction: it leaves only if the change that caused it commits. Without SMTP it
     * is logged in full, so that a developer or an administrator can follow its links.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(Mail mail) {
        messages.save(new OutboxMessage(mail, clock.instant()));
        if (smtpConfigured) {
            log.info("E-mail queued for {}: {}", mail.recipient(), mail.subject());
        } else {
            log.info("E-mail (no SMTP configured) to {}: {}\n{}", mail.recipient(), mail.subject(), mail.body());
        }
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> recent(Pageable page) {
        return messages.findAllByOrderByIdDesc(page).stream()
                .map(OutboxMessage::entry)
                .map(this::readable)
                .toList();
    }

    /**
     * Without SMTP, administrators must be able to pass a link on by hand. With SMTP, the links in a mail belong
     * to its recipient alone: long tokens are masked, so that no administrator can use another person's link.
     */
    private OutboxEntry readable(OutboxEntry entry) {
        return smtpConfigured ? entry.withBody(TOKEN.matcher(entry.body()).replaceAll("…")) : entry;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public long count() {
        return messages.count();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public long unsent() {
        return messages.countBySentAtIsNull();
    }

    public boolean smtpConfigured() {
        return smtpConfigured;
    }
}
