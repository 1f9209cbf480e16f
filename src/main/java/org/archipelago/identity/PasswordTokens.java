package org.archipelago.identity;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordTokens extends JpaRepository<PasswordToken, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<PasswordToken> findByTokenHash(String tokenHash);

    boolean existsByUserIdAndPurposeAndCreatedAtAfter(long userId, PasswordToken.Purpose purpose, Instant after);

    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int retireAll(long userId, Instant now);
}
