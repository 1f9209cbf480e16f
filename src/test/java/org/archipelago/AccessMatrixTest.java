package org.archipelago;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archipelago.audit.ui.AuditView;
import org.archipelago.identity.Members;
import org.archipelago.identity.Role;
import org.archipelago.identity.ui.ForgotPasswordView;
import org.archipelago.identity.ui.JoinView;
import org.archipelago.identity.ui.LoginView;
import org.archipelago.identity.ui.MembershipRequestsView;
import org.archipelago.identity.ui.ProfileView;
import org.archipelago.identity.ui.SetPasswordView;
import org.archipelago.identity.ui.UsersView;
import org.archipelago.notification.ui.OutboxView;
import org.archipelago.shared.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route of the code base, opened by each kind of visitor: each reaches exactly the views it should and is
 * refused the others. A new route without a line here fails the test, so that its access is decided on purpose.
 */
class AccessMatrixTest extends KaribuTest {

    enum Visitor {
        ANONYMOUS,
        TRAINEE,
        TRAINER,
        COORDINATOR,
        ADMINISTRATOR
    }

    private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);
    private static final Set<Visitor> MEMBERS = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));

    private static final Map<Class<? extends Component>, Set<Visitor>> EXPECTED = Map.ofEntries(
            Map.entry(HomeView.class, MEMBERS),
            Map.entry(LoginView.class, EnumSet.of(Visitor.ANONYMOUS)),
            Map.entry(JoinView.class, EVERYONE),
            Map.entry(ForgotPasswordView.class, EVERYONE),
            Map.entry(SetPasswordView.class, EVERYONE),
            Map.entry(ProfileView.class, MEMBERS),
            Map.entry(UsersView.class, EnumSet.of(Visitor.COORDINATOR, Visitor.ADMINISTRATOR)),
            Map.entry(MembershipRequestsView.class, EnumSet.of(Visitor.COORDINATOR, Visitor.ADMINISTRATOR)),
            Map.entry(AuditView.class, EnumSet.of(Visitor.ADMINISTRATOR)),
            Map.entry(OutboxView.class, EnumSet.of(Visitor.ADMINISTRATOR)));

    @Autowired
    private Members members;

    @Test
    void every_route_has_a_decided_audience() {
        var routed = routes().getRoutes().stream()
                .filter(view -> view.isAnnotationPresent(Route.class))
                .toList();
        assertThat(routed).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void each_visitor_reaches_exactly_the_views_meant_for_them() {
        Map<Visitor, String> accounts = Map.of(
                Visitor.TRAINEE, members.active("JM", Role.TRAINEE),
                Visitor.TRAINER, members.active("JM", Role.TRAINER),
                Visitor.COORDINATOR, members.active("JM", Role.COORDINATOR),
                Visitor.ADMINISTRATOR, members.active("TT", Role.ADMINISTRATOR));
        List<String> wrong = new ArrayList<>();
        for (Visitor visitor : Visitor.values()) {
            for (var route : EXPECTED.entrySet()) {
                if (visitor == Visitor.ANONYMOUS) {
                    signOut();
                } else {
                    signIn(accounts.get(visitor));
                }
                boolean reached = opens(route.getKey());
                if (reached != route.getValue().contains(visitor)) {
                    wrong.add(visitor
                            + (reached ? " reached " : " was refused ")
                            + route.getKey().getSimpleName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private boolean opens(Class<? extends Component> view) {
        String path = view.getAnnotation(Route.class).value().replaceAll(":[a-zA-Z]+", "some-value");
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refused) {
            return false;
        }
        return currentView() == view;
    }
}
