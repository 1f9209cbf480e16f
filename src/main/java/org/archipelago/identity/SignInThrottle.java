package org.archipelago.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import org.archipelago.shared.AcademyProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins in a row per typed address and pauses sign-in for it after too many. It keys on the address,
 * not the account, so that an unknown address behaves exactly like a known one; the counter lives in the database, so
 * it holds across nodes, and is updated with single statements, so parallel attempts all count.
 */
@Component
class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final UserAccounts accounts;
    private final AcademyProperties properties;
    private final Clock clock;

    SignInThrottle(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            UserAccounts accounts,
            AcademyProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isPaused(String typed) {
        Integer paused = jdbc.queryForObject(
                "select count(*) from sign_in_throttle where email_key = ? and locked_until > ?",
                Integer.class,
                key(typed),
                now());
        return paused != null && paused > 0;
    }

    /**
     * Counts a failure. The row is created in a transaction of its own, so that a parallel first failure that
     * creates it too only costs a duplicate-key error there (PostgreSQL would abort a shared transaction).
     */
    void failed(String typed) {
        String key = key(typed);
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update(
                    "insert into sign_in_throttle (email_key, failures) select ?, 0 where not exists"
                            + " (select 1 from sign_in_throttle where email_key = ?)",
                    key,
                    key));
        } catch (DuplicateKeyException createdInParallel) {
            // the other attempt created it: count on
        }
        var signIn = properties.signIn();
        ownTransaction.executeWithoutResult(tx -> {
            jdbc.update("update sign_in_throttle set failures = failures + 1 where email_key = ?", key);
            jdbc.update(
                    "update sign_in_throttle set failures = 0, locked_until = ? where email_key = ? and failures >= ?",
                    Timestamp.from(clock.instant().plus(signIn.lockDuration())),
                    key,
                    signIn.maxFailures());
        });
    }

    /** A successful sign-in (or a new password) starts the count again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String typed, long userId) {
        forget(typed);
        accounts.recordSignIn(userId, clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void forget(String typed) {
        jdbc.update("delete from sign_in_throttle where email_key = ?", key(typed));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String key(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
