package org.archipelago.shared;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the academy, under {@code archipelago.*}.
 *
 * @param dataDir where the H2 files, the search index and uploaded files live
 * @param baseUrl the public address used in links sent by e-mail
 * @param demoData load the demo data set into an empty database
 * @param mailFrom sender address of the academy's e-mails
 * @param signIn how repeated failed sign-ins are throttled
 */
@ConfigurationProperties("archipelago")
public record AcademyProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("false") boolean demoData,
        @DefaultValue("academy@archipelago.invalid") String mailFrom,
        @DefaultValue SignIn signIn) {

    /**
     * @param maxFailures failed attempts in a row before the account is locked
     * @param lockDuration how long it stays locked
     */
    public record SignIn(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockDuration) {}

    /** An absolute link to a path of the academy, for e-mails. */
    public String link(String path) {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
