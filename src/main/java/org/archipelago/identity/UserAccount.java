package org.archipelago.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Language;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/** A person's account. State changes go through methods that refuse illegal transitions. */
@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String email;
    private String emailKey;
    private String displayName;
    private String country;
    private @Nullable Long organisationId;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    /** Changed by its holder from any tab at any time; not a reason to refuse an administrator's edit. */
    @Enumerated(EnumType.STRING)
    @OptimisticLock(excluded = true)
    private Language language;

    private String timeZone;

    @Enumerated(EnumType.STRING)
    private AccountStatus status = AccountStatus.PENDING;

    private @Nullable String passwordHash;

    @OptimisticLock(excluded = true)
    private @Nullable Instant lastSignIn;

    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
        this.email = "";
        this.emailKey = "";
        this.displayName = "";
        this.country = "";
        this.sector = Sector.CIVIL_SOCIETY;
        this.language = Language.EN;
        this.timeZone = "UTC";
        this.createdAt = Instant.EPOCH;
    }

    UserAccount(EmailAddress email, Profile profile, Set<Role> roles, Instant now) {
        this.email = email.value();
        this.emailKey = email.key();
        this.createdAt = now;
        this.displayName = profile.displayName();
        this.country = profile.country();
        this.organisationId = profile.organisationId();
        this.sector = profile.sector();
        this.language = profile.language();
        this.timeZone = profile.zoneId().getId();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** What a person says about themselves and what administrators may correct. */
    record Profile(
            String displayName,
            String country,
            @Nullable Long organisationId,
            Sector sector,
            Language language,
            ZoneId zoneId) {

        Profile {
            displayName = displayName.strip();
            if (displayName.isEmpty() || displayName.length() > 120) {
                throw new ActionRefused("error.invalidName");
            }
            Countries.require(country);
        }
    }

    Profile profile() {
        return new Profile(displayName, country, organisationId, sector, language, ZoneId.of(timeZone));
    }

    void updateProfile(Profile profile) {
        this.displayName = profile.displayName();
        this.country = profile.country();
        this.organisationId = profile.organisationId();
        this.sector = profile.sector();
        this.language = profile.language();
        this.timeZone = profile.zoneId().getId();
    }

    void chooseLanguage(Language language) {
        this.language = language;
    }

    void changeRoles(Set<Role> newRoles) {
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /** Sets a new password; a pending account becomes active. A deactivated account stays closed. */
    void setPassword(String hash) {
        if (status == AccountStatus.DEACTIVATED) {
            throw new ActionRefused("error.accountDeactivated");
        }
        this.passwordHash = hash;
        this.status = AccountStatus.ACTIVE;
    }

    void deactivate() {
        if (status == AccountStatus.DEACTIVATED) {
            throw new ActionRefused("error.alreadyDeactivated");
        }
        this.status = AccountStatus.DEACTIVATED;
    }

    /** Opens a deactivated account again: active if its holder had set a password, otherwise pending. */
    void reactivate() {
        if (status != AccountStatus.DEACTIVATED) {
            throw new ActionRefused("error.notDeactivated");
        }
        this.status = passwordHash == null ? AccountStatus.PENDING : AccountStatus.ACTIVE;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String country() {
        return country;
    }

    @Nullable
    Long organisationId() {
        return organisationId;
    }

    Sector sector() {
        return sector;
    }

    Language language() {
        return language;
    }

    ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    AccountStatus status() {
        return status;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    @Nullable
    Instant lastSignIn() {
        return lastSignIn;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
