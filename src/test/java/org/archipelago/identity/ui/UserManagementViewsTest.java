package org.archipelago.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.archipelago.KaribuTest;
import org.archipelago.SignedIn;
import org.archipelago.identity.AccountStatus;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.identity.Sector;
import org.archipelago.identity.UserDirectory;
import org.archipelago.identity.UserSummary;
import org.archipelago.notification.Mailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** User management in the UI: the grid, its filters, inviting, editing, and what a coordinator is shown. */
class UserManagementViewsTest extends KaribuTest {

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Autowired
    UserDirectory directory;

    @Autowired
    UserDetailsService users;

    @Test
    void a_coordinator_lists_only_members_of_their_country() {
        members.active("CW", Role.TRAINEE);
        members.active("JM", Role.TRAINEE);
        signIn(members.active("JM", Role.COORDINATOR));
        var grid = grid(navigate("admin/users", UsersView.class));

        assertThat(rows(grid)).isNotEmpty().extracting(UserSummary::country).containsOnly("JM");
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Country or territory")))
                .isEmpty();
    }

    @Test
    void an_administrator_filters_by_country_and_role() {
        members.active("KY", Role.TRAINER);
        members.active("KY", Role.TRAINEE);
        signIn(members.active("TT", Role.ADMINISTRATOR));
        var grid = grid(navigate("admin/users", UsersView.class));

        _setValue(countryFilter(), "KY");
        _setValue(roleFilter(), Role.TRAINER);
        assertThat(rows(grid)).isNotEmpty().allSatisfy(u -> {
            assertThat(u.country()).isEqualTo("KY");
            assertThat(u.roles()).contains(Role.TRAINER);
        });
    }

    @Test
    void an_administrator_invites_a_member_who_receives_a_link() {
        signIn(members.active("TT", Role.ADMINISTRATOR));
        navigate("admin/users", UsersView.class);
        _click(_get(Button.class, spec -> spec.withText("Invite member")));
        Dialog dialog = _get(Dialog.class);
        String email = Members.uniqueEmail("invited");
        _setValue(_get(dialog, EmailField.class), email);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Darnell Joseph");
        _setValue(countryIn(dialog), "LC");
        _setValue(organisationIn(dialog), "Royal Saint Lucia Police Force");
        _setValue(sectorIn(dialog), Sector.LAW_ENFORCEMENT);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Invitation sent.");
        assertThat(members.statusOf(email)).isEqualTo(AccountStatus.PENDING);
        assertThat(mailbox.latest(email).orElseThrow().body()).contains("https://academy.example/password/");
    }

    @Test
    void roles_changed_in_the_editor_are_saved() {
        String trainee = members.active("TT", Role.TRAINEE);
        signIn(members.active("TT", Role.ADMINISTRATOR));
        var grid = grid(navigate("admin/users", UsersView.class));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name, e-mail or organisation")), trainee);
        GridKt._clickItem(grid, 0, 1);

        Dialog dialog = _get(Dialog.class);
        _setValue(rolesIn(dialog), EnumSet.of(Role.TRAINEE, Role.TRAINER));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        NotificationsKt.expectNotifications("Changes saved.");
        assertThat(members.rolesOf(trainee)).containsExactlyInAnyOrder(Role.TRAINEE, Role.TRAINER);
    }

    @Test
    void an_edit_that_crossed_another_is_refused_with_a_clear_message() {
        String trainee = members.active("TT", Role.TRAINEE);
        String admin = members.active("TT", Role.ADMINISTRATOR);
        signIn(admin);
        var grid = grid(navigate("admin/users", UsersView.class));
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search name, e-mail or organisation")), trainee);
        GridKt._clickItem(grid, 0, 1);
        Dialog dialog = _get(Dialog.class);

        // Meanwhile, another administrator deactivates the same member in another tab.
        var meanwhile = directory.find(members.idOf(trainee)).orElseThrow();
        directory.deactivate(meanwhile.id(), meanwhile.version());
        SignedIn.as(users, admin);

        _setValue(rolesIn(dialog), EnumSet.of(Role.TRAINER));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        NotificationsKt.expectNotifications(
                "Someone else changed this while you were editing. Nothing was overwritten: reopen it to see the"
                        + " latest version, then make your change again.");
        assertThat(members.rolesOf(trainee)).containsExactly(Role.TRAINEE);
        assertThat(members.statusOf(trainee)).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserSummary> grid(UsersView view) {
        return _get(view, Grid.class);
    }

    private static List<UserSummary> rows(Grid<UserSummary> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> countryFilter() {
        return _get(ComboBox.class, spec -> spec.withLabel("Country or territory"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleFilter() {
        return _get(Select.class, spec -> spec.withLabel("Role"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> countryIn(Dialog dialog) {
        return _get(dialog, ComboBox.class, spec -> spec.withLabel("Country or territory"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> organisationIn(Dialog dialog) {
        return _get(dialog, ComboBox.class, spec -> spec.withLabel("Organisation"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Sector> sectorIn(Dialog dialog) {
        return _get(dialog, ComboBox.class, spec -> spec.withLabel("Sector"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<Role> rolesIn(Dialog dialog) {
        return _get(dialog, CheckboxGroup.class);
    }
}
