package org.archipelago.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Language;
import org.jspecify.annotations.Nullable;

/** A person's request to join the academy, decided once by a coordinator of their country or an administrator. */
@Entity
@Table(name = "membership_request")
class MembershipRequest {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    private String email;
    private String emailKey;
    private String displayName;
    private String country;
    private String organisationName;

    @Enumerated(EnumType.STRING)
    private Sector sector;

    @Enumerated(EnumType.STRING)
    private Language language;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    private Instant submittedAt;
    private @Nullable Instant decidedAt;
    private @Nullable Long decidedBy;
    private @Nullable String decisionNote;
    private @Nullable Long accountId;

    protected MembershipRequest() {
        this.email = "";
        this.emailKey = "";
        this.displayName = "";
        this.country = "";
        this.organisationName = "";
        this.sector = Sector.CIVIL_SOCIETY;
        this.language = Language.EN;
        this.reason = "";
        this.submittedAt = Instant.EPOCH;
    }

    MembershipRequest(MembershipApplication application, Instant now) {
        EmailAddress address = new EmailAddress(application.email());
        this.email = address.value();
        this.emailKey = address.key();
        this.displayName = application.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 120) {
            throw new ActionRefused("error.invalidName");
        }
        this.country = Countries.require(application.country());
        this.organisationName = application.organisation().strip();
        if (organisationName.isEmpty() || organisationName.length() > 200) {
            throw new ActionRefused("error.invalidOrganisation");
        }
        this.sector = application.sector();
        this.language = application.language();
        this.reason = application.reason().strip();
        this.submittedAt = now;
    }

    void approve(long decider, @Nullable String note, long newAccountId, Instant now) {
        decide(Status.APPROVED, decider, note, now);
        this.accountId = newAccountId;
    }

    void reject(long decider, @Nullable String note, Instant now) {
        decide(Status.REJECTED, decider, note, now);
    }

    private void decide(Status outcome, long decider, @Nullable String note, Instant now) {
        if (status != Status.PENDING) {
            throw new ActionRefused("error.requestAlreadyDecided");
        }
        this.status = outcome;
        this.decidedBy = decider;
        this.decidedAt = now;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    MembershipRequestView view() {
        return new MembershipRequestView(
                id(),
                version,
                email,
                displayName,
                country,
                organisationName,
                sector,
                language,
                reason,
                status.name(),
                submittedAt,
                decidedAt,
                decisionNote);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("request not saved yet");
        }
        return id;
    }

    long version() {
        return version;
    }

    EmailAddress email() {
        return new EmailAddress(email);
    }

    String displayName() {
        return displayName;
    }

    String country() {
        return country;
    }

    String organisationName() {
        return organisationName;
    }

    Sector sector() {
        return sector;
    }

    Language language() {
        return language;
    }

    Status status() {
        return status;
    }
}
