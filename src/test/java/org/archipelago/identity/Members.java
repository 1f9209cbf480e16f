package org.archipelago.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.archipelago.shared.Language;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Test fixtures: members built through the domain's own methods, each with a unique address. */
@Component
public class Members {

    public static final String PASSWORD = "seven sea turtles nesting";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final UserAccounts accounts;
    private final OrganisationRegistry organisations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String passwordHash;

    Members(
            UserAccounts accounts,
            OrganisationRegistry organisations,
            TransactionTemplate transactions,
            Clock clock,
            PasswordEncoder encoder) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.transactions = transactions;
        this.clock = clock;
        this.passwordHash = encoder.encode(PASSWORD);
    }

    /** An active member of the country with these roles, who signs in with {@link #PASSWORD}; returns the e-mail. */
    public String active(String country, Role... roles) {
        return create(country, Sector.LAW_ENFORCEMENT, true, roles);
    }

    public String active(String country, Sector sector, Role... roles) {
        return create(country, sector, true, roles);
    }

    /** A member who has not set a password yet. */
    public String pending(String country, Role... roles) {
        return create(country, Sector.VICTIM_SERVICES, false, roles);
    }

    public long idOf(String email) {
        return account(email).id();
    }

    public AccountStatus statusOf(String email) {
        return account(email).status();
    }

    public Set<Role> rolesOf(String email) {
        return account(email).roles();
    }

    public Language languageOf(String email) {
        return account(email).language();
    }

    public String countryOf(String email) {
        return account(email).country();
    }

    public boolean exists(String email) {
        return accounts.existsByEmailKey(new EmailAddress(email).key());
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@members.test";
    }

    private UserAccount account(String email) {
        return accounts.findByEmailKey(new EmailAddress(email).key()).orElseThrow();
    }

    private String create(String country, Sector sector, boolean active, Role... roles) {
        String email =
                uniqueEmail(roles.length == 0 ? "member" : roles[0].name().toLowerCase());
        transactions.executeWithoutResult(tx -> {
            var profile = new UserAccount.Profile(
                    "Member " + email.substring(0, email.indexOf('@')),
                    country,
                    organisations.idOf(country, "Test Agency " + country),
                    sector,
                    Language.EN,
                    Countries.defaultZone(country));
            var account = new UserAccount(
                    new EmailAddress(email),
                    profile,
                    roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles),
                    clock.instant());
            if (active) {
                account.setPassword(passwordHash);
            }
            accounts.save(account);
        });
        return email;
    }
}
