package org.archipelago.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.archipelago.shared.AcademyProperties;
import org.archipelago.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo data set: a few members of each role in the network's countries, with invented names, and some membership
 * requests to decide. Loaded only into an empty database and only when {@code archipelago.demo-data} is on.
 */
@Component
@Order(10)
class DemoMembers implements ApplicationRunner {

    /** Every demo account signs in with this password; the README lists the accounts. */
    static final String PASSWORD = "Archipelago-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoMembers.class);

    private record Member(
            String email,
            String name,
            String country,
            String organisation,
            Sector sector,
            Language language,
            Set<Role> roles) {}

    private static final List<Member> MEMBERS = List.of(
            new Member(
                    "administrator@archipelago.test",
                    "Marisol Baptiste",
                    "TT",
                    "Regional Anti-Trafficking Secretariat",
                    Sector.POLICY_AND_COORDINATION,
                    Language.EN,
                    EnumSet.of(Role.ADMINISTRATOR)),
            new Member(
                    "coordinator.jm@archipelago.test",
                    "Desmond Clarke",
                    "JM",
                    "National Taskforce Against Trafficking in Persons",
                    Sector.POLICY_AND_COORDINATION,
                    Language.EN,
                    EnumSet.of(Role.COORDINATOR, Role.TRAINEE)),
            new Member(
                    "coordinator.cw@archipelago.test",
                    "Yvette Martina",
                    "CW",
                    "Coördinatiecentrum Mensenhandel en Mensensmokkel",
                    Sector.POLICY_AND_COORDINATION,
                    Language.NL,
                    EnumSet.of(Role.COORDINATOR)),
            new Member(
                    "trainer@archipelago.test",
                    "Rafael Ortiz Peña",
                    "DO",
                    "Procuraduría Especializada contra la Trata de Personas",
                    Sector.PROSECUTION_AND_JUDICIARY,
                    Language.ES,
                    EnumSet.of(Role.TRAINER)),
            new Member(
                    "trainer.bb@archipelago.test",
                    "Sharon Greaves",
                    "BB",
                    "Victim Support Unit",
                    Sector.VICTIM_SERVICES,
                    Language.EN,
                    EnumSet.of(Role.TRAINER, Role.TRAINEE)),
            new Member(
                    "trainee@archipelago.test",
                    "Keisha Thompson",
                    "JM",
                    "Counter-Trafficking Unit, National Police",
                    Sector.LAW_ENFORCEMENT,
                    Language.EN,
                    EnumSet.of(Role.TRAINEE)),
            new Member(
                    "trainee.es@archipelago.test",
                    "Ana Lucía Rosario",
                    "DO",
                    "Centro de Atención a Víctimas",
                    Sector.VICTIM_SERVICES,
                    Language.ES,
                    EnumSet.of(Role.TRAINEE)),
            new Member(
                    "trainee.nl@archipelago.test",
                    "Ruben Isenia",
                    "AW",
                    "Directie Immigratie en Grensbewaking",
                    Sector.IMMIGRATION_AND_BORDER,
                    Language.NL,
                    EnumSet.of(Role.TRAINEE)),
            new Member(
                    "trainee.tt@archipelago.test",
                    "Kavita Ramdial",
                    "TT",
                    "Immigration Division",
                    Sector.IMMIGRATION_AND_BORDER,
                    Language.EN,
                    EnumSet.of(Role.TRAINEE)),
            new Member(
                    "trainee.gy@archipelago.test",
                    "Joel Persaud",
                    "GY",
                    "Ministry of Labour, Inspection Unit",
                    Sector.LABOUR_INSPECTION,
                    Language.EN,
                    EnumSet.of(Role.TRAINEE)));

    private static final List<MembershipApplication> REQUESTS = List.of(
            new MembershipApplication(
                    "Andre Campbell",
                    "a.campbell@archipelago.test",
                    "JM",
                    "Passport, Immigration and Citizenship Agency",
                    Sector.IMMIGRATION_AND_BORDER,
                    Language.EN,
                    "I screen arrivals at the international airport and need the training on victim indicators."),
            new MembershipApplication(
                    "Tanya Brown",
                    "t.brown@archipelago.test",
                    "JM",
                    "Women’s Crisis Centre",
                    Sector.CIVIL_SOCIETY,
                    Language.EN,
                    "Our shelter receives referrals of suspected victims; our case workers want the protection course."),
            new MembershipApplication(
                    "Gerald Kock",
                    "g.kock@archipelago.test",
                    "CW",
                    "Openbaar Ministerie",
                    Sector.PROSECUTION_AND_JUDICIARY,
                    Language.NL,
                    "Ik ben officier van justitie en behandel mensenhandelzaken met Aruba en Venezuela."));

    private final AcademyProperties properties;
    private final UserAccounts accounts;
    private final MembershipRequests requests;
    private final OrganisationRegistry organisations;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoMembers(
            AcademyProperties properties,
            UserAccounts accounts,
            MembershipRequests requests,
            OrganisationRegistry organisations,
            PasswordEncoder encoder,
            Clock clock) {
        this.properties = properties;
        this.accounts = accounts;
        this.requests = requests;
        this.organisations = organisations;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.demoData() || accounts.count() > 0) {
            return;
        }
        String hash = encoder.encode(PASSWORD);
        for (Member m : MEMBERS) {
            var profile = new UserAccount.Profile(
                    m.name(),
                    m.country(),
                    organisations.idOf(m.country(), m.organisation()),
                    m.sector(),
                    m.language(),
                    Countries.defaultZone(m.country()));
            UserAccount account = new UserAccount(new EmailAddress(m.email()), profile, m.roles(), clock.instant());
            account.setPassword(hash);
            accounts.save(account);
        }
        REQUESTS.forEach(r -> requests.save(new MembershipRequest(r, clock.instant())));
        log.info("Loaded the demo data set: {} members and {} membership requests", MEMBERS.size(), REQUESTS.size());
    }
}
