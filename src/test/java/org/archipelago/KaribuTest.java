package org.archipelago;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Boots the Spring context once for every Karibu test, mocks Vaadin around it, and signs users in the way Spring
 * Security and Vaadin's navigation access control see them: a security context plus the request's principal and
 * roles (Karibu 2.7.0 has no MockSpringSecurity).
 */
@H2Test
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.archipelago");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void startVaadin() {
        SignedIn.useStrategyOf(context);
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        startUi();
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** Signs the member in and starts a fresh UI for them, as a new browser tab after sign-in would. */
    protected void signIn(String email) {
        MockVaadin.tearDown();
        UserDetails user = users.loadUserByUsername(email);
        var auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                    .anyMatch(a ->
                            a.getAuthority().equals(role) || a.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        startUi();
    }

    /** Signs out and starts a fresh anonymous UI. */
    protected void signOut() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        MockVaadin.setMockRequestFactory(FakeRequest::new);
        startUi();
    }

    protected <T extends Component> T navigate(String path, Class<T> expectedView) {
        UI.getCurrent().navigate(path);
        return _get(expectedView);
    }

    protected Class<?> currentView() {
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getClass();
    }

    private void startUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    protected static Routes routes() {
        return ROUTES;
    }
}
