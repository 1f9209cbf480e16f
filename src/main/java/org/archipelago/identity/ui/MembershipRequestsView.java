package org.archipelago.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.archipelago.identity.Countries;
import org.archipelago.identity.MembershipRequestView;
import org.archipelago.identity.MembershipService;
import org.archipelago.identity.Role;
import org.archipelago.shared.ui.Attempt;
import org.archipelago.shared.ui.Formats;
import org.archipelago.shared.ui.Notifier;

/** Pending requests to join, each with what the applicant said, to approve or reject with a note. */
@Route("admin/membership")
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.COORDINATOR})
@Menu(title = "nav.membership", order = 70, icon = "vaadin:user-check")
public class MembershipRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipService membership;
    private final Div list = new Div();

    public MembershipRequestsView(MembershipService membership) {
        this.membership = membership;
        list.addClassName("request-list");
        add(list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var pending = membership.pending();
        if (pending.isEmpty()) {
            list.add(new Paragraph(getTranslation("membership.none")));
        }
        pending.forEach(r -> list.add(card(r)));
    }

    private Div card(MembershipRequestView r) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H3(r.displayName() + " · " + r.email()));
        card.add(new Paragraph(getTranslation(
                "membership.summary",
                Countries.name(r.country(), getLocale()),
                r.organisation(),
                getTranslation(r.sector().messageKey()),
                Formats.dateTime(r.submittedAt(), getLocale()))));
        Paragraph reason = new Paragraph(r.reason());
        reason.addClassName("quote");
        TextArea note = new TextArea(getTranslation("membership.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        Button approve = new Button(getTranslation("membership.approve"), e -> {
            if (Attempt.run(() -> membership.approve(r.id(), note.getValue()))) {
                Notifier.success(getTranslation("membership.approved", r.displayName()));
            }
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setDisableOnClick(true);
        Button reject = new Button(getTranslation("membership.reject"), e -> {
            if (Attempt.run(() -> membership.reject(r.id(), note.getValue()))) {
                Notifier.success(getTranslation("membership.rejected", r.displayName()));
            }
            refresh();
        });
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setDisableOnClick(true);
        card.add(reason, note, new HorizontalLayout(approve, reject));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.membership") + " | " + getTranslation("app.name");
    }
}
