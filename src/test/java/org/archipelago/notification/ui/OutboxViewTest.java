package org.archipelago.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.IntStream;
import org.archipelago.KaribuTest;
import org.archipelago.identity.Members;
import org.archipelago.identity.PasswordService;
import org.archipelago.identity.Role;
import org.archipelago.notification.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without SMTP, administrators read the academy's e-mails in the outbox. */
class OutboxViewTest extends KaribuTest {

    @Autowired
    Members members;

    @Autowired
    PasswordService passwords;

    @Test
    void a_reset_e_mail_waits_in_the_outbox_readable_in_full() {
        String trainee = members.active("DM", Role.TRAINEE);
        passwords.requestReset(trainee);
        signIn(members.active("TT", Role.ADMINISTRATOR));

        navigate("admin/outbox", OutboxView.class);
        assertThat(_get(Paragraph.class).getText()).startsWith("No mail server is configured.");
        @SuppressWarnings("unchecked")
        Grid<OutboxEntry> grid = _get(Grid.class);
        var mine = IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i))
                .filter(m -> m.recipient().equals(trainee))
                .toList();
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.subject()).contains("set a new password");
            assertThat(m.body()).contains("https://academy.example/password/");
            assertThat(m.sentAt()).isNull();
        });
    }
}
