package org.archipelago.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import org.archipelago.audit.AuditFilter;
import org.archipelago.audit.AuditLog;
import org.archipelago.shared.AcademyPrincipal;
import org.archipelago.shared.HomeSection;
import org.archipelago.shared.Principals;
import org.archipelago.shared.ui.Card;
import org.archipelago.shared.ui.Formats;
import org.springframework.data.domain.PageRequest;

/** The five latest administrative changes, on an administrator's landing page. */
@org.springframework.stereotype.Component
class AuditHome implements HomeSection {

    private final AuditLog audit;

    AuditHome(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Component> render(AcademyPrincipal user) {
        if (!Principals.hasRole("ADMINISTRATOR")) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        var latest = audit.search(AuditFilter.all(), PageRequest.of(0, 5));
        Card card = new Card(ui.getTranslation("home.audit"));
        if (latest.isEmpty()) {
            card.add(new Paragraph(ui.getTranslation("home.auditNone")));
        } else {
            UnorderedList list = new UnorderedList();
            latest.forEach(r -> list.add(new ListItem(Formats.dateTime(r.occurredAt(), ui.getLocale()) + " · "
                    + ui.getTranslation("audit.action." + r.action()) + " · "
                    + (r.targetLabel() == null ? "" : r.targetLabel()))));
            card.add(list);
        }
        card.add(new Anchor("admin/audit", ui.getTranslation("home.openAudit")));
        return Optional.of(card);
    }
}
