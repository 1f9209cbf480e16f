package org.archipelago.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.archipelago.audit.AuditFilter;
import org.archipelago.audit.AuditLog;
import org.archipelago.audit.AuditRecord;
import org.archipelago.shared.ui.Formats;
import org.jspecify.annotations.Nullable;

/** The audit trail for administrators: newest first, filtered by action, person and period. */
@Route("admin/audit")
@RolesAllowed("ADMINISTRATOR")
@Menu(title = "nav.audit", order = 90, icon = "vaadin:records")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ACTIONS = List.of(
            "membership.approved",
            "membership.rejected",
            "user.invited",
            "user.updated",
            "user.roles",
            "user.deactivated",
            "user.reactivated",
            "user.invitationResent");

    private final Grid<AuditRecord> grid = new Grid<>();
    private final Select<String> action = new Select<>();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public AuditView(AuditLog audit) {
        setSizeFull();
        action.setLabel(getTranslation("audit.action"));
        action.setItems(ACTIONS);
        action.setItemLabelGenerator(a -> a == null ? "" : getTranslation("audit.action." + a));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("filter.any"));
        text.setLabel(getTranslation("audit.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        FlexLayout filters = new FlexLayout(action, text, from, to);
        filters.addClassName("filters");

        grid.addColumn(r -> Formats.dateTime(r.occurredAt(), getLocale()))
                .setHeader(getTranslation("audit.when"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.actorEmail() == null ? getTranslation("audit.system") : r.actorEmail())
                .setHeader(getTranslation("audit.who"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.action." + r.action()))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.targetLabel() == null ? "" : r.targetLabel())
                .setHeader(getTranslation("audit.onWhom"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.country() == null ? "" : r.country()).setHeader(getTranslation("audit.country"));
        grid.addColumn(r -> r.before() == null ? "" : r.before()).setHeader(getTranslation("audit.before"));
        grid.addColumn(r -> r.after() == null ? "" : r.after()).setHeader(getTranslation("audit.after"));
        grid.setItems(q -> audit.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) audit.count(filter()));
        grid.setAriaLabel(getTranslation("nav.audit"));
        add(filters);
        addAndExpand(grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(
                action.getValue(),
                text.getValue(),
                start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)));
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(Formats.viewerZone()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " | " + getTranslation("app.name");
    }
}
