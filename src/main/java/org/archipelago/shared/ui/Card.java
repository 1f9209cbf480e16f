package org.archipelago.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;

/** A titled block on the landing page and on dashboards. */
public class Card extends Section {

    public Card(String title, Component... content) {
        addClassName("card");
        add(new H3(title));
        add(content);
    }
}
