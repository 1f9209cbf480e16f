package org.archipelago.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.archipelago.shared.ActionRefused;
import org.jspecify.annotations.Nullable;

/** An agency or organisation that members work for, within one country or territory. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String name;
    private String country;

    protected Organisation() {
        this.name = "";
        this.country = "";
    }

    Organisation(String name, String country) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new ActionRefused("error.invalidOrganisation");
        }
        this.name = trimmed;
        this.country = Countries.require(country);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("organisation not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String country() {
        return country;
    }
}
