package org.archipelago.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.archipelago.notification.Outbox;
import org.archipelago.notification.OutboxEntry;
import org.archipelago.shared.ui.Formats;

/** Every e-mail the academy wrote, newest first, readable in full: the only way to follow them without SMTP. */
@Route("admin/outbox")
@RolesAllowed("ADMINISTRATOR")
@Menu(title = "nav.outbox", order = 95, icon = "vaadin:envelopes")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    public OutboxView(Outbox outbox) {
        setSizeFull();
        add(new Paragraph(getTranslation(outbox.smtpConfigured() ? "outbox.smtp" : "outbox.noSmtp")));
        Grid<OutboxEntry> grid = new Grid<>();
        grid.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale()))
                .setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::recipient)
                .setHeader(getTranslation("outbox.recipient"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.language().code()).setHeader(getTranslation("outbox.language"));
        grid.addColumn(m -> m.sentAt() != null
                        ? Formats.dateTime(m.sentAt(), getLocale())
                        : m.lastError() != null
                                ? getTranslation("outbox.failed", m.attempts())
                                : getTranslation("outbox.waiting"))
                .setHeader(getTranslation("outbox.sent"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new Pre(m.body())));
        grid.setItems(
                q -> outbox.recent(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> (int) outbox.count());
        grid.setAriaLabel(getTranslation("nav.outbox"));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outbox") + " | " + getTranslation("app.name");
    }
}
