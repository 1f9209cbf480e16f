package org.archipelago.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.archipelago.KaribuTest;
import org.archipelago.audit.AuditRecord;
import org.archipelago.identity.MemberDetails;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.identity.Sector;
import org.archipelago.identity.UserDirectory;
import org.archipelago.shared.Language;
import org.archipelago.shared.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewTest extends KaribuTest {

    @Autowired
    Members members;

    @Autowired
    UserDirectory directory;

    @Autowired
    Translations translations;

    @Test
    void a_role_change_appears_with_before_and_after_and_can_be_filtered() {
        String trainee = members.active("BS", Role.TRAINEE);
        String admin = members.active("TT", Role.ADMINISTRATOR);
        signIn(admin);
        var summary = directory.find(members.idOf(trainee)).orElseThrow();
        directory.update(
                summary.id(),
                summary.version(),
                new MemberDetails(
                        "Promoted Trainer",
                        "BS",
                        "Royal Bahamas Police Force",
                        Sector.LAW_ENFORCEMENT,
                        Language.EN,
                        ZoneId.of("America/Nassau"),
                        EnumSet.of(Role.TRAINER)));

        navigate("admin/audit", AuditView.class);
        _setValue(actionFilter(), "user.roles");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Person (who or on whom)")), trainee);
        List<AuditRecord> rows = rows(_get(Grid.class));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.actorEmail()).isEqualTo(admin);
            assertThat(r.before()).contains("roles=[TRAINEE]");
            assertThat(r.after()).contains("roles=[TRAINER]");
        });
    }

    @Test
    void every_action_the_filter_offers_has_a_name_in_every_language() {
        for (String action : AuditView.ACTIONS) {
            for (Language language : Language.values()) {
                assertThat(translations.get(language, "audit.action." + action)).doesNotStartWith("!");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Select<String> actionFilter() {
        return _get(Select.class, spec -> spec.withLabel("Action"));
    }

    @SuppressWarnings("unchecked")
    private static List<AuditRecord> rows(Grid<?> grid) {
        Grid<AuditRecord> records = (Grid<AuditRecord>) grid;
        return IntStream.range(0, GridKt._size(records))
                .mapToObj(i -> GridKt._get(records, i))
                .toList();
    }
}
