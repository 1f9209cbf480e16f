package org.archipelago.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A one-time link to set or reset a password. Only the SHA-256 of the token is stored, so the table alone cannot be
 * used to take over an account.
 */
@Entity
@Table(name = "password_token")
class PasswordToken {

    enum Purpose {
        SET_PASSWORD,
        RESET_PASSWORD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String tokenHash;
    private long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected PasswordToken() {
        this.tokenHash = "";
        this.purpose = Purpose.RESET_PASSWORD;
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    PasswordToken(String tokenHash, long userId, Purpose purpose, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    boolean isUsed() {
        return usedAt != null;
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    long userId() {
        return userId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
