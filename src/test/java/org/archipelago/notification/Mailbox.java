package org.archipelago.notification;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Test fixture: reads what the academy wrote to someone, as they would find it in their inbox. */
@Component
public class Mailbox {

    private static final Pattern PASSWORD_LINK = Pattern.compile("/password/([A-Za-z0-9_-]+)");

    private final OutboxMessages messages;

    Mailbox(OutboxMessages messages) {
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Mail> to(String recipient) {
        return messages.findByRecipientOrderByIdDesc(recipient).stream()
                .map(m -> new Mail(m.recipient(), m.entry().language(), m.subject(), m.body()))
                .toList();
    }

    public Optional<Mail> latest(String recipient) {
        return to(recipient).stream().findFirst();
    }

    /** The token of the newest set-password link sent to the recipient. */
    public String passwordToken(String recipient) {
        Mail mail = latest(recipient).orElseThrow(() -> new AssertionError("no e-mail to " + recipient));
        Matcher m = PASSWORD_LINK.matcher(mail.body());
        if (!m.find()) {
            throw new AssertionError("no password link in: " + mail.body());
        }
        return m.group(1);
    }
}
