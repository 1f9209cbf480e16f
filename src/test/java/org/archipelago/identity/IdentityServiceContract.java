package org.archipelago.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.archipelago.SignedIn;
import org.archipelago.TestClock;
import org.archipelago.Together;
import org.archipelago.audit.AuditFilter;
import org.archipelago.audit.AuditLog;
import org.archipelago.notification.Mail;
import org.archipelago.notification.Mailbox;
import org.archipelago.shared.ActionRefused;
import org.archipelago.shared.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The identity module's services against a real database: membership, password links, sign-in throttling,
 * coordinator scoping and optimistic locking. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class IdentityServiceContract {

    @Autowired
    MembershipService membership;

    @Autowired
    PasswordService passwords;

    @Autowired
    UserDirectory directory;

    @Autowired
    AuditLog audit;

    @Autowired
    Members members;

    @Autowired
    Mailbox mailbox;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuthenticationManager authentication;

    @Autowired
    TestClock clock;

    @Autowired
    MembershipRequests requests;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void useThisContextsSecurity() {
        SignedIn.useStrategyOf(context);
    }

    @AfterEach
    void cleanUp() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void an_approved_request_becomes_a_pending_trainee_who_sets_a_password_once() {
        String email = Members.uniqueEmail("applicant");
        long id = submit(application(email, "JM", Language.ES));
        String coordinator = members.active("JM", Role.COORDINATOR);

        SignedIn.as(users, coordinator);
        assertThat(membership.pending()).extracting(MembershipRequestView::id).contains(id);
        membership.approve(id, "known to the taskforce");
        SignedIn.nobody();

        assertThat(members.statusOf(email)).isEqualTo(AccountStatus.PENDING);
        assertThat(members.rolesOf(email)).containsExactly(Role.TRAINEE);
        Mail welcome = mailbox.latest(email).orElseThrow();
        assertThat(welcome.language()).isEqualTo(Language.ES);
        assertThat(welcome.subject()).contains("membresía");

        String token = mailbox.passwordToken(email);
        assertThat(passwords.check(token)).isEqualTo(TokenState.VALID);
        passwords.setPassword(token, "mangrove lagoon at dawn");
        assertThat(members.statusOf(email)).isEqualTo(AccountStatus.ACTIVE);
        assertThat(signIn(email, "mangrove lagoon at dawn").isAuthenticated()).isTrue();

        assertThat(passwords.check(token)).isEqualTo(TokenState.USED);
        assertThatThrownBy(() -> passwords.setPassword(token, "another password entirely"))
                .isInstanceOf(ActionRefused.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.token.USED");
        assertThat(signIn(email, "mangrove lagoon at dawn").isAuthenticated()).isTrue();
    }

    @Test
    void approval_is_audited_with_who_and_on_whom() {
        String email = Members.uniqueEmail("audited");
        long id = submit(application(email, "JM", Language.EN));
        String coordinator = members.active("JM", Role.COORDINATOR);
        SignedIn.as(users, coordinator);
        membership.approve(id, null);

        SignedIn.as(users, members.active("TT", Role.ADMINISTRATOR));
        var records = audit.search(new AuditFilter("membership.approved", email, null, null), PageRequest.of(0, 10));
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.actorEmail()).isEqualTo(coordinator);
            assertThat(r.targetLabel()).isEqualTo(email);
            assertThat(r.country()).isEqualTo("JM");
            assertThat(r.after()).contains("APPROVED");
        });
    }

    @Test
    void a_coordinator_cannot_decide_a_request_from_another_country() {
        String email = Members.uniqueEmail("elsewhere");
        long id = submit(application(email, "CW", Language.NL));
        SignedIn.as(users, members.active("JM", Role.COORDINATOR));

        assertThat(membership.pending()).extracting(MembershipRequestView::id).doesNotContain(id);
        assertThatThrownBy(() -> membership.approve(id, null))
                .isInstanceOf(ActionRefused.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.outsideYourCountry");
        assertThat(members.exists(email)).isFalse();
        assertThat(requests.findById(id).orElseThrow().status()).isEqualTo(MembershipRequest.Status.PENDING);
    }

    @Test
    void a_request_for_a_known_address_files_nothing_and_tells_only_the_address_owner() {
        String email = Members.uniqueEmail("twice");
        submit(application(email, "JM", Language.EN));
        String member = members.active("JM", Role.TRAINEE);
        long before = requests.count();

        assertThatCode(() -> membership.submit(application(email.toUpperCase(), "JM", Language.NL)))
                .doesNotThrowAnyException();
        assertThatCode(() -> membership.submit(application(member, "JM", Language.ES)))
                .doesNotThrowAnyException();

        assertThat(requests.count()).isEqualTo(before);
        assertThat(mailbox.latest(email.toUpperCase()).orElseThrow().subject()).contains("lidmaatschapsaanvraag");
        assertThat(mailbox.latest(member).orElseThrow().body()).contains("https://academy.example/forgot-password");
    }

    @Test
    void an_overlong_name_is_refused_before_it_reaches_the_database() {
        long before = requests.count();
        var tooLong = new MembershipApplication(
                "x".repeat(121),
                Members.uniqueEmail("long"),
                "JM",
                "Agency",
                Sector.LAW_ENFORCEMENT,
                Language.EN,
                "Reason.");
        assertThatThrownBy(() -> membership.submit(tooLong))
                .hasFieldOrPropertyWithValue("messageKey", "error.invalidName");
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void an_invalid_address_is_refused_and_nothing_is_stored() {
        long before = requests.count();
        assertThatThrownBy(() -> submit(application("not-an-address", "JM", Language.EN)))
                .hasFieldOrPropertyWithValue("messageKey", "error.invalidEmail");
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void two_people_approving_one_request_at_once_create_one_account() {
        String email = Members.uniqueEmail("race");
        long id = submit(application(email, "JM", Language.EN));
        List<String> deciders =
                List.of(members.active("JM", Role.COORDINATOR), members.active("TT", Role.ADMINISTRATOR));
        List<String> results = Together.run(deciders.stream()
                .map(decider -> (Callable<String>) () -> {
                    SignedIn.as(users, decider);
                    try {
                        membership.approve(id, null);
                        return "approved";
                    } catch (ActionRefused refused) {
                        return refused.messageKey();
                    } finally {
                        SignedIn.nobody();
                    }
                })
                .toList());

        assertThat(results).containsExactlyInAnyOrder("approved", "error.requestAlreadyDecided");
        assertThat(members.exists(email)).isTrue();
        assertThat(mailbox.to(email)).hasSize(1);
    }

    @Test
    void a_reset_link_expires_after_an_hour_and_the_password_stays() {
        String email = members.active("BB", Role.TRAINEE);
        passwords.requestReset(email);
        String token = mailbox.passwordToken(email);
        clock.advance(Duration.ofMinutes(61));

        assertThat(passwords.check(token)).isEqualTo(TokenState.EXPIRED);
        assertThatThrownBy(() -> passwords.setPassword(token, "a brand new passphrase"))
                .hasFieldOrPropertyWithValue("messageKey", "error.token.EXPIRED");
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_reset_for_an_unknown_address_sends_nothing_and_says_nothing() {
        String unknown = Members.uniqueEmail("nobody");
        assertThatCode(() -> passwords.requestReset(unknown)).doesNotThrowAnyException();
        assertThat(mailbox.to(unknown)).isEmpty();
    }

    @Test
    void a_weak_password_is_refused_and_the_link_stays_usable() {
        String email = members.active("BB", Role.TRAINEE);
        passwords.requestReset(email);
        String token = mailbox.passwordToken(email);

        assertThatThrownBy(() -> passwords.setPassword(token, "short"))
                .hasFieldOrPropertyWithValue("messageKey", "error.password.tooShort");
        assertThatThrownBy(() -> passwords.setPassword(token, "password1234"))
                .hasFieldOrPropertyWithValue("messageKey", "error.password.tooCommon");
        assertThatThrownBy(() -> passwords.setPassword(token, email.substring(0, email.indexOf('@')) + "xyz"))
                .hasFieldOrPropertyWithValue("messageKey", "error.password.containsEmail");
        assertThat(passwords.check(token)).isEqualTo(TokenState.VALID);
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void repeated_failed_sign_ins_pause_the_account_even_for_the_right_password() {
        String email = members.active("GY", Role.TRAINEE);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(email, "not the password at all"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn(email, Members.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_deactivated_member_is_told_so_only_with_the_right_password() {
        String email = members.active("JM", Role.TRAINEE);
        SignedIn.as(users, members.active("TT", Role.ADMINISTRATOR));
        var summary = directory.find(members.idOf(email)).orElseThrow();
        directory.deactivate(summary.id(), summary.version());
        SignedIn.nobody();

        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(DisabledException.class);
        assertThatThrownBy(() -> signIn(email, "a wrong password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_coordinator_sees_and_changes_only_their_own_country() {
        String inJamaica = members.active("JM", Role.TRAINEE);
        String inCuracao = members.active("CW", Role.TRAINEE);
        SignedIn.as(users, members.active("JM", Role.COORDINATOR));

        var visible = directory.search(UserFilter.all(), PageRequest.of(0, 500));
        assertThat(visible).extracting(UserSummary::country).containsOnly("JM");
        assertThat(visible).extracting(UserSummary::email).contains(inJamaica).doesNotContain(inCuracao);
        assertThat(directory.find(members.idOf(inCuracao))).isEmpty();

        long curacaoId = members.idOf(inCuracao);
        assertThatThrownBy(() -> directory.update(curacaoId, 0, details("CW", EnumSet.of(Role.TRAINER))))
                .hasFieldOrPropertyWithValue("messageKey", "error.outsideYourScope");
        assertThatThrownBy(() -> directory.invite(Members.uniqueEmail("x"), details("CW", EnumSet.of(Role.TRAINEE))))
                .hasFieldOrPropertyWithValue("messageKey", "error.outsideYourCountry");
        assertThat(members.rolesOf(inCuracao)).containsExactly(Role.TRAINEE);
    }

    @Test
    void a_coordinator_cannot_hand_out_the_administrator_role() {
        String trainee = members.active("JM", Role.TRAINEE);
        SignedIn.as(users, members.active("JM", Role.COORDINATOR));
        var summary = directory.find(members.idOf(trainee)).orElseThrow();

        assertThatThrownBy(() -> directory.update(
                        summary.id(), summary.version(), details("JM", EnumSet.of(Role.TRAINEE, Role.ADMINISTRATOR))))
                .hasFieldOrPropertyWithValue("messageKey", "error.cannotGrantAdministrator");
        directory.update(summary.id(), summary.version(), details("JM", EnumSet.of(Role.TRAINEE, Role.TRAINER)));
        assertThat(members.rolesOf(trainee)).containsExactlyInAnyOrder(Role.TRAINEE, Role.TRAINER);
    }

    @Test
    void a_second_edit_of_the_same_version_is_refused_and_overwrites_nothing() {
        String trainee = members.active("TT", Role.TRAINEE);
        SignedIn.as(users, members.active("TT", Role.ADMINISTRATOR));
        var seenByBoth = directory.find(members.idOf(trainee)).orElseThrow();

        directory.update(seenByBoth.id(), seenByBoth.version(), details("TT", EnumSet.of(Role.TRAINER)));
        assertThatThrownBy(() -> directory.update(
                        seenByBoth.id(), seenByBoth.version(), details("TT", EnumSet.of(Role.COORDINATOR))))
                .hasFieldOrPropertyWithValue("messageKey", "error.concurrentEdit");
        assertThat(members.rolesOf(trainee)).containsExactly(Role.TRAINER);
    }

    @Test
    void an_invitation_for_a_taken_address_is_refused() {
        String taken = members.active("TT", Role.TRAINEE);
        SignedIn.as(users, members.active("TT", Role.ADMINISTRATOR));
        assertThatThrownBy(() -> directory.invite(taken.toUpperCase(), details("TT", EnumSet.of(Role.TRAINEE))))
                .hasFieldOrPropertyWithValue("messageKey", "error.emailAlreadyKnown");
    }

    @Test
    void an_unknown_address_is_paused_exactly_like_a_known_one() {
        String unknown = Members.uniqueEmail("ghost");
        for (int i = 0; i < 5; i++) {
            String guess = "guess " + i;
            assertThatThrownBy(() -> signIn(unknown, guess)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(unknown, "guess 6")).isInstanceOf(LockedException.class);
    }

    @Test
    void parallel_wrong_passwords_all_count() {
        String email = members.active("GY", Role.TRAINEE);
        List<Boolean> refused = Together.run(Collections.nCopies(5, () -> {
            try {
                signIn(email, "wrong in parallel");
                return false;
            } catch (BadCredentialsException expected) {
                return true;
            }
        }));
        assertThat(refused).containsOnly(true);
        assertThatThrownBy(() -> signIn(email, Members.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_with_a_reason() {
        String email = members.active("BB", Role.TRAINEE);
        passwords.requestReset(email);
        String token = mailbox.passwordToken(email);
        assertThatThrownBy(() -> passwords.setPassword(token, "é".repeat(40)))
                .hasFieldOrPropertyWithValue("messageKey", "error.password.tooLong");
        assertThat(passwords.check(token)).isEqualTo(TokenState.VALID);
    }

    @Test
    void a_coordinator_cannot_act_on_an_administrator_of_their_own_country() {
        String admin = members.active("JM", Role.ADMINISTRATOR);
        SignedIn.as(users, members.active("TT", Role.ADMINISTRATOR));
        var seen = directory.find(members.idOf(admin)).orElseThrow();
        directory.deactivate(seen.id(), seen.version());
        long version = directory.find(seen.id()).orElseThrow().version();

        SignedIn.as(users, members.active("JM", Role.COORDINATOR));
        assertThat(directory.find(seen.id())).isEmpty();
        assertThatThrownBy(() -> directory.reactivate(seen.id(), version))
                .hasFieldOrPropertyWithValue("messageKey", "error.outsideYourScope");
        assertThat(members.statusOf(admin)).isEqualTo(AccountStatus.DEACTIVATED);
    }

    /** Files a request as the public form does, and finds its id as a coordinator would see it. */
    private long submit(MembershipApplication application) {
        membership.submit(application);
        String key = new EmailAddress(application.email()).key();
        return requests.findAll().stream()
                .filter(r -> r.email().key().equals(key))
                .mapToLong(MembershipRequest::id)
                .max()
                .orElseThrow();
    }

    private Authentication signIn(String email, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    static MembershipApplication application(String email, String country, Language language) {
        return new MembershipApplication(
                "Applicant " + email.substring(0, 5),
                email,
                country,
                "Harbour Police",
                org.archipelago.identity.Sector.LAW_ENFORCEMENT,
                language,
                "I investigate labour exploitation cases.");
    }

    static MemberDetails details(String country, EnumSet<Role> roles) {
        return new MemberDetails(
                "Edited Name",
                country,
                "Ministry of National Security",
                Sector.LAW_ENFORCEMENT,
                Language.EN,
                ZoneId.of("America/Jamaica"),
                roles);
    }
}
