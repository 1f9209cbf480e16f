package org.archipelago.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.stream.Collectors;
import org.archipelago.identity.AccountStatus;
import org.archipelago.identity.Countries;
import org.archipelago.identity.Role;
import org.archipelago.identity.Sector;
import org.archipelago.identity.UserDirectory;
import org.archipelago.identity.UserFilter;
import org.archipelago.identity.UserSummary;
import org.archipelago.shared.Principals;
import org.archipelago.shared.ui.Formats;

/** User management: administrators see every country, coordinators their own. */
@Route("admin/users")
@RolesAllowed({Role.Names.ADMINISTRATOR, Role.Names.COORDINATOR})
@Menu(title = "nav.users", order = 80, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserDirectory directory;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<String> country;
    private final ComboBox<Sector> sector;
    private final Select<Role> role = new Select<>();
    private final Select<AccountStatus> status = new Select<>();

    public UsersView(UserDirectory directory) {
        this.directory = directory;
        setSizeFull();
        boolean administrator = Principals.hasRole(Role.Names.ADMINISTRATOR);

        text.setLabel(getTranslation("filter.search"));
        text.setPlaceholder(getTranslation("users.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        country = IdentityFields.country(getTranslation("users.country"));
        country.setClearButtonVisible(true);
        country.setVisible(administrator);
        sector = IdentityFields.sector(getTranslation("users.sector"));
        sector.setClearButtonVisible(true);
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("role." + r.name()));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("filter.any"));
        status.setLabel(getTranslation("users.status"));
        status.setItems(AccountStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.messageKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("filter.any"));
        text.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        sector.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        Button invite =
                new Button(getTranslation("users.invite"), e -> new UserEditor(directory, null, this::refresh).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout filters = new FlexLayout(text, country, sector, role, status, invite);
        filters.addClassName("filters");

        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.name"))
                .setAutoWidth(true);
        grid.addColumn(UserSummary::email)
                .setHeader(getTranslation("users.email"))
                .setAutoWidth(true);
        grid.addColumn(u -> Countries.name(u.country(), getLocale()))
                .setHeader(getTranslation("users.country"))
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(u -> u.organisation() == null ? "" : u.organisation())
                .setHeader(getTranslation("users.organisation"))
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(u -> getTranslation(u.sector().messageKey()))
                .setHeader(getTranslation("users.sector"))
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(u -> u.roles().stream()
                        .sorted()
                        .map(r -> getTranslation("role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"))
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(u -> getTranslation(u.status().messageKey()))
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true)
                .setResizable(true);
        grid.addColumn(u -> Formats.dateTime(u.lastSignIn(), getLocale()))
                .setHeader(getTranslation("users.lastSignIn"))
                .setAutoWidth(true)
                .setResizable(true);
        grid.setItems(
                query -> directory.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) directory.count(filter()));
        grid.addItemClickListener(e -> new UserEditor(directory, e.getItem(), this::refresh).open());
        grid.setAriaLabel(getTranslation("nav.users"));
        addAndExpand(grid);
        addComponentAtIndex(0, filters);
    }

    private UserFilter filter() {
        return new UserFilter(
                text.getValue(), country.getValue(), sector.getValue(), role.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | " + getTranslation("app.name");
    }
}
