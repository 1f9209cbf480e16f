package org.archipelago.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.archipelago.notification.Outbox;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.HomeSection;
import org.archipelago.shared.Principals;
import org.archipelago.shared.ui.Card;

/** How the academy's e-mail is doing, on an administrator's landing page. */
@org.springframework.stereotype.Component
class OutboxHome implements HomeSection {

    private final Outbox outbox;

    OutboxHome(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> render(AcademyPrincipal user) {
        if (!Principals.hasRole("ADMINISTRATOR")) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Card card = new Card(
                ui.getTranslation("home.outbox"),
                new Paragraph(ui.getTranslation(
                        outbox.smtpConfigured() ? "home.outboxText" : "home.outboxNoSmtp", outbox.unsent())),
                new Anchor("admin/outbox", ui.getTranslation("home.openOutbox")));
        return Optional.of(card);
    }
}
