package org.archipelago.identity;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.archipelago.audit.AuditEntry;
import org.archipelago.audit.AuditLog;
import org.archipelago.shared.ActionRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User management for administrators (every country) and coordinators (their own country only): list, invite,
 * edit, change roles, deactivate. Every change is audited with the state before and after.
 */
@Service
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
public class UserDirectory {

    private final UserAccounts accounts;
    private final OrganisationRegistry organisations;
    private final UserSummaries summaries;
    private final AccountAccess access;
    private final IdentityMails mails;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserDirectory(
            UserAccounts accounts,
            OrganisationRegistry organisations,
            UserSummaries summaries,
            AccountAccess access,
            IdentityMails mails,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.summaries = summaries;
        this.access = access;
        this.mails = mails;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> search(UserFilter filter, Pageable page) {
        var byName = PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("displayName", "id"));
        return summaries.of(accounts.findAll(matching(scoped(filter)), byName).getContent());
    }

    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return accounts.count(matching(scoped(filter)));
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> find(long userId) {
        var manager = access.manager();
        return accounts.findById(userId)
                .filter(a -> manager.mayActOn(a.country(), a.roles()))
                .map(summaries::of);
    }

    /** Organisations known in a country, for suggestions. */
    @Transactional(readOnly = true)
    public List<String> organisationsIn(String country) {
        access.manager().requireMayManage(country);
        return organisations.namesIn(country);
    }

    /** Creates a pending account and e-mails its holder a link to set a password. */
    @Transactional
    public long invite(String email, MemberDetails details) {
        var manager = access.manager();
        manager.requireMayManage(details.country());
        manager.requireMayAssign(Set.of(), details.roles());
        requireSomeRole(details);
        EmailAddress address = new EmailAddress(email);
        if (accounts.existsByEmailKey(address.key())) {
            throw new ActionRefused("error.emailAlreadyKnown");
        }
        UserAccount account =
                accounts.save(new UserAccount(address, profile(details), details.roles(), clock.instant()));
        mails.invitation(account);
        audit.record(entry("user.invited", account, null, describe(account)));
        return account.id();
    }

    /**
     * Saves an edit made on the version the editor saw; a change saved meanwhile by someone else refuses it, so
     * that nothing is silently overwritten.
     */
    @Transactional
    public void update(long userId, long version, MemberDetails details) {
        var manager = access.manager();
        UserAccount account = load(manager, userId, version);
        manager.requireMayManage(details.country());
        manager.requireMayAssign(account.roles(), details.roles());
        requireSomeRole(details);
        if (account.id() == manager.userId() && !details.roles().equals(account.roles())) {
            throw new ActionRefused("error.cannotChangeOwnRoles");
        }
        String before = describe(account);
        boolean rolesChanged = !account.roles().equals(details.roles());
        account.updateProfile(profile(details));
        account.changeRoles(details.roles());
        accounts.saveAndFlush(account);
        if (rolesChanged) {
            events.publishEvent(new MemberAccessChanged(account.id()));
        }
        audit.record(entry(rolesChanged ? "user.roles" : "user.updated", account, before, describe(account)));
    }

    @Transactional
    public void deactivate(long userId, long version) {
        var manager = access.manager();
        UserAccount account = load(manager, userId, version);
        if (account.id() == manager.userId()) {
            throw new ActionRefused("error.cannotDeactivateSelf");
        }
        String before = describe(account);
        account.deactivate();
        accounts.saveAndFlush(account);
        events.publishEvent(new MemberAccessChanged(account.id()));
        audit.record(entry("user.deactivated", account, before, describe(account)));
    }

    @Transactional
    public void reactivate(long userId, long version) {
        var manager = access.manager();
        UserAccount account = load(manager, userId, version);
        String before = describe(account);
        account.reactivate();
        accounts.saveAndFlush(account);
        audit.record(entry("user.reactivated", account, before, describe(account)));
    }

    /** Sends a pending member a fresh link to set their password (the old one stops working). */
    @Transactional
    public void resendInvitation(long userId) {
        var manager = access.manager();
        UserAccount account = accounts.findById(userId)
                .filter(a -> manager.mayActOn(a.country(), a.roles()))
                .orElseThrow(() -> new ActionRefused("error.outsideYourScope"));
        if (account.status() != AccountStatus.PENDING) {
            throw new ActionRefused("error.notPending");
        }
        mails.invitation(account);
        audit.record(entry("user.invitationResent", account, null, null));
    }

    /**
     * The account the manager may act on: in their scope (checked before anything else, so that a refusal says
     * nothing about accounts elsewhere), and still at the version they saw.
     */
    private UserAccount load(AccountAccess.Manager manager, long userId, long version) {
        UserAccount account = accounts.findById(userId)
                .filter(a -> manager.mayActOn(a.country(), a.roles()))
                .orElseThrow(() -> new ActionRefused("error.outsideYourScope"));
        if (account.version() != version) {
            throw new ActionRefused("error.concurrentEdit");
        }
        return account;
    }

    private UserFilter scoped(UserFilter filter) {
        var manager = access.manager();
        return manager.administrator() ? filter : filter.inCountry(manager.country());
    }

    private UserAccount.Profile profile(MemberDetails details) {
        Countries.require(details.country());
        if (details.organisation().isBlank()) {
            throw new ActionRefused("error.invalidOrganisation");
        }
        long organisationId = organisations.idOf(details.country(), details.organisation());
        return new UserAccount.Profile(
                details.displayName(),
                details.country(),
                organisationId,
                details.sector(),
                details.language(),
                details.zoneId());
    }

    private static void requireSomeRole(MemberDetails details) {
        if (details.roles().isEmpty()) {
            throw new ActionRefused("error.roleRequired");
        }
    }

    private String describe(UserAccount a) {
        return "name=" + a.displayName() + ", country=" + a.country() + ", organisation="
                + organisations.nameOf(a.organisationId()) + ", sector=" + a.sector() + ", roles="
                + a.roles().stream().sorted().toList() + ", status=" + a.status();
    }

    private static AuditEntry entry(String action, UserAccount a, @Nullable String before, @Nullable String after) {
        return new AuditEntry(action, "user", String.valueOf(a.id()), a.email(), a.country(), before, after);
    }

    private static Specification<UserAccount> matching(UserFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.country() != null) {
                where.add(cb.equal(root.get("country"), filter.country()));
            }
            if (filter.sector() != null) {
                where.add(cb.equal(root.get("sector"), filter.sector()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.role() != null) {
                Subquery<Long> withRole = query.subquery(Long.class);
                var account = withRole.from(UserAccount.class);
                Join<UserAccount, Role> role = account.join("roles");
                withRole.select(account.get("id")).where(cb.equal(role, filter.role()));
                where.add(root.get("id").in(withRole));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
                Subquery<Long> inOrganisation = query.subquery(Long.class);
                var organisation = inOrganisation.from(Organisation.class);
                inOrganisation.select(organisation.get("id")).where(cb.like(cb.lower(organisation.get("name")), like));
                where.add(cb.or(
                        cb.like(cb.lower(root.get("displayName")), like),
                        cb.like(root.get("emailKey"), like),
                        root.get("organisationId").in(inOrganisation)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
