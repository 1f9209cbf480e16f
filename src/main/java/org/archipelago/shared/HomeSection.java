package org.archipelago.shared;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the personal landing page that a module contributes: each module shows what it has for the signed-in
 * user, and nothing when it has nothing for them.
 */
public interface HomeSection {

    /** Where it stands on the page; lower first. */
    int order();

    Optional<Component> render(AcademyPrincipal user);
}
