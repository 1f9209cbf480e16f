package org.archipelago.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.archipelago.TestClock;
import org.archipelago.shared.AcademyProperties;
import org.archipelago.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/** With SMTP configured, waiting mails leave the outbox; a failing address is retried and holds back no other. */
abstract class OutboxSenderContract {

    @Autowired
    OutboxMessages messages;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AcademyProperties properties;

    @Autowired
    TestClock clock;

    @Test
    void sends_what_waits_and_marks_it_sent_and_keeps_failures_for_another_try() throws Exception {
        var smtp = new RecordingMailSender("refused@members.test");
        var sender = new OutboxSender(messages, smtp, transactions, properties, clock);
        long good = queue("welcome@members.test", "Bienvenida");
        long bad = queue("refused@members.test", "Welkom");

        sender.sendPending();

        assertThat(smtp.sent).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("welcome@members.test");
            assertThat(m.getSubject()).isEqualTo("Bienvenida");
            assertThat(m.getFrom()[0].toString()).isEqualTo(properties.mailFrom());
        });
        assertThat(entry(good).sentAt()).isNotNull();
        assertThat(entry(bad).sentAt()).isNull();
        assertThat(entry(bad).attempts()).isEqualTo(1);
        assertThat(entry(bad).lastError()).contains("mailbox unavailable");

        sender.sendPending();
        assertThat(smtp.sent.stream().filter(m -> recipient(m).equals("welcome@members.test")))
                .hasSize(1);
        assertThat(entry(bad).attempts()).isEqualTo(2);
    }

    @Test
    void with_smtp_configured_administrators_no_longer_see_the_links_meant_for_others() {
        var withSmtp = new Outbox(
                messages,
                clock,
                new StaticListableBeanFactory(Map.of("mail", new RecordingMailSender("nobody")))
                        .getBeanProvider(JavaMailSender.class));
        String token = "Abc123_-".repeat(6);
        transactions.executeWithoutResult(tx -> withSmtp.send(new Mail(
                "reset@members.test",
                Language.EN,
                "Set a new password",
                "Follow https://academy.example/password/" + token + " within an hour.")));

        var shown = withSmtp.recent(PageRequest.of(0, 1)).getFirst();
        assertThat(shown.body()).isEqualTo("Follow https://academy.example/password/… within an hour.");
        assertThat(messages.findAllByOrderByIdDesc(PageRequest.of(0, 1))
                        .getFirst()
                        .body())
                .contains(token);
    }

    private long queue(String recipient, String subject) {
        return transactions.execute(tx -> messages.save(
                        new OutboxMessage(new Mail(recipient, Language.ES, subject, "Texto"), clock.instant()))
                .entry()
                .id());
    }

    private OutboxEntry entry(long id) {
        return transactions.execute(tx -> messages.findById(id).orElseThrow().entry());
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SMTP server that accepts every address but one. */
    static class RecordingMailSender implements JavaMailSender {

        final List<MimeMessage> sent = new ArrayList<>();
        private final String refused;

        RecordingMailSender(String refused) {
            this.refused = refused;
        }

        @Override
        public MimeMessage createMimeMessage() {
            return new MimeMessage(Session.getInstance(new Properties()));
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            for (MimeMessage m : mimeMessages) {
                if (recipient(m).equals(refused)) {
                    throw new MailSendException("550 mailbox unavailable");
                }
                sent.add(m);
            }
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) {
            throw new UnsupportedOperationException();
        }
    }
}
