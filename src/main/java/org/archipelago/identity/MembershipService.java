package org.archipelago.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.archipelago.audit.AuditEntry;
import org.archipelago.audit.AuditLog;
import org.archipelago.shared.ActionRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vetted membership: anyone may ask to join; a coordinator of the applicant's country, or an administrator, decides.
 * Approval creates the account and e-mails a link to set a password.
 */
@Service
public class MembershipService {

    private static final int MAX_REASON = 2000;

    private final MembershipRequests requests;
    private final UserAccounts accounts;
    private final OrganisationRegistry organisations;
    private final AccountAccess access;
    private final IdentityMails mails;
    private final AuditLog audit;
    private final Clock clock;

    MembershipService(
            MembershipRequests requests,
            UserAccounts accounts,
            OrganisationRegistry organisations,
            AccountAccess access,
            IdentityMails mails,
            AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.organisations = organisations;
        this.access = access;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Files a request to join. Open to anyone, signed in or not. When the address already has an account or a
     * pending request, nothing is filed and its owner is told by e-mail instead: the form itself answers the same
     * either way, so that it cannot be used to find out who is a member.
     */
    @Transactional
    public void submit(MembershipApplication application) {
        if (application.reason().isBlank()) {
            throw new ActionRefused("error.reasonRequired");
        }
        if (application.reason().length() > MAX_REASON) {
            throw new ActionRefused("error.reasonTooLong", MAX_REASON);
        }
        MembershipRequest request = new MembershipRequest(application, clock.instant());
        EmailAddress email = request.email();
        if (accounts.existsByEmailKey(email.key())
                || requests.existsByEmailKeyAndStatus(email.key(), MembershipRequest.Status.PENDING)) {
            mails.alreadyKnown(email.value(), request.displayName(), request.language());
            return;
        }
        requests.save(request);
    }

    /** Pending requests the signed-in coordinator or administrator may decide, oldest first. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    @Transactional(readOnly = true)
    public List<MembershipRequestView> pending() {
        var manager = access.manager();
        var found = manager.administrator()
                ? requests.findByStatusOrderBySubmittedAt(MembershipRequest.Status.PENDING)
                : requests.findByStatusAndCountryOrderBySubmittedAt(
                        MembershipRequest.Status.PENDING, manager.country());
        return found.stream().map(MembershipRequest::view).toList();
    }

    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    @Transactional(readOnly = true)
    public long pendingCount() {
        var manager = access.manager();
        return manager.administrator()
                ? requests.countByStatus(MembershipRequest.Status.PENDING)
                : requests.countByStatusAndCountry(MembershipRequest.Status.PENDING, manager.country());
    }

    /** Approves a request: the applicant gets a pending trainee account and a link to set their password. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    @Transactional
    public void approve(long requestId, @Nullable String note) {
        var manager = access.manager();
        MembershipRequest request = load(requestId);
        manager.requireMayManage(request.country());
        if (request.status() != MembershipRequest.Status.PENDING) {
            throw new ActionRefused("error.requestAlreadyDecided");
        }
        EmailAddress email = request.email();
        if (accounts.existsByEmailKey(email.key())) {
            throw new ActionRefused("error.emailAlreadyKnown");
        }
        long organisationId = organisations.idOf(request.country(), request.organisationName());
        var profile = new UserAccount.Profile(
                request.displayName(),
                request.country(),
                organisationId,
                request.sector(),
                request.language(),
                Countries.defaultZone(request.country()));
        UserAccount account = accounts.save(new UserAccount(email, profile, Set.of(Role.TRAINEE), clock.instant()));
        request.approve(manager.userId(), note, account.id(), clock.instant());
        requests.saveAndFlush(request);
        mails.welcome(account);
        audit.record(new AuditEntry(
                "membership.approved",
                "user",
                String.valueOf(account.id()),
                account.email(),
                account.country(),
                "request=PENDING",
                "request=APPROVED, roles=[TRAINEE]"));
    }

    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'COORDINATOR')")
    @Transactional
    public void reject(long requestId, @Nullable String note) {
        var manager = access.manager();
        MembershipRequest request = load(requestId);
        manager.requireMayManage(request.country());
        request.reject(manager.userId(), note, clock.instant());
        requests.saveAndFlush(request);
        mails.rejection(request.email().value(), request.displayName(), request.language());
        audit.record(new AuditEntry(
                "membership.rejected",
                "membership-request",
                String.valueOf(requestId),
                request.email().value(),
                request.country(),
                "request=PENDING",
                "request=REJECTED" + (note == null || note.isBlank() ? "" : ", note=" + note.strip())));
    }

    private MembershipRequest load(long requestId) {
        return requests.findForDecision(requestId).orElseThrow(() -> new ActionRefused("error.notFound"));
    }
}
