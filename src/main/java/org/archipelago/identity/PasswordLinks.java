package org.archipelago.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems one-time password links. */
@Component
class PasswordLinks {

    static final Duration SET_PASSWORD_VALIDITY = Duration.ofDays(7);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final SecureRandom random = new SecureRandom();
    private final PasswordTokens tokens;
    private final Clock clock;

    PasswordLinks(PasswordTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A fresh token for the account; earlier unused ones stop working. */
    String issue(UserAccount account, PasswordToken.Purpose purpose) {
        Instant now = clock.instant();
        tokens.retireAll(account.id(), now);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Duration validity = purpose == PasswordToken.Purpose.SET_PASSWORD ? SET_PASSWORD_VALIDITY : RESET_VALIDITY;
        tokens.save(new PasswordToken(hash(token), account.id(), purpose, now, now.plus(validity)));
        return token;
    }

    boolean issuedRecently(UserAccount account, Duration within) {
        return tokens.existsByUserIdAndPurposeAndCreatedAtAfter(
                account.id(),
                PasswordToken.Purpose.RESET_PASSWORD,
                clock.instant().minus(within));
    }

    TokenState state(String token) {
        return find(token).map(this::state).orElse(TokenState.UNKNOWN);
    }

    Optional<PasswordToken> find(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token));
    }

    TokenState state(PasswordToken t) {
        if (t.isUsed()) {
            return TokenState.USED;
        }
        return t.isUsable(clock.instant()) ? TokenState.VALID : TokenState.EXPIRED;
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
