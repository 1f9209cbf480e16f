package org.archipelago.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.archipelago.identity.AccountStatus;
import org.archipelago.identity.Role;
import org.archipelago.identity.Sector;
import org.archipelago.identity.TokenState;
import org.junit.jupiter.api.Test;

/** Every message exists in English, Spanish and Dutch, none is empty, and every key the code asks for exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation\\(|translations\\.get\\(\\w+, |@Menu\\(title = |new ActionRefused\\()\"([a-zA-Z]+\\.[A-Za-z.]+[A-Za-z])\"");

    private final Properties en = load("");
    private final Properties es = load("_es");
    private final Properties nl = load("_nl");

    @Test
    void spanish_and_dutch_have_exactly_the_english_keys() {
        assertThat(es.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        assertThat(nl.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    }

    @Test
    void no_message_is_empty() {
        for (Properties bundle : new Properties[] {en, es, nl}) {
            assertThat(bundle.stringPropertyNames())
                    .allSatisfy(
                            key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void no_message_has_a_plain_apostrophe_that_message_format_would_swallow() {
        for (Properties bundle : new Properties[] {en, es, nl}) {
            assertThat(bundle.stringPropertyNames())
                    .allSatisfy(
                            key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
        }
    }

    @Test
    void translations_keep_the_placeholders_of_the_english_message() {
        Pattern placeholder = Pattern.compile("\\{(\\d)");
        for (String key : en.stringPropertyNames()) {
            Set<String> expected = placeholders(placeholder, en.getProperty(key));
            assertThat(placeholders(placeholder, es.getProperty(key)))
                    .as("es " + key)
                    .isEqualTo(expected);
            assertThat(placeholders(placeholder, nl.getProperty(key)))
                    .as("nl " + key)
                    .isEqualTo(expected);
        }
    }

    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                KEY_IN_CODE.matcher(Files.readString(file)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @Test
    void every_value_of_the_enums_shown_to_users_has_a_name() {
        Stream.of(Role.values()).forEach(r -> assertThat(en).containsKey("role." + r.name()));
        Stream.of(Sector.values()).forEach(s -> assertThat(en).containsKey(s.messageKey()));
        Stream.of(AccountStatus.values()).forEach(s -> assertThat(en).containsKey(s.messageKey()));
        Stream.of(TokenState.values())
                .filter(s -> s != TokenState.VALID)
                .forEach(s -> assertThat(en).containsKey("error.token." + s.name()));
    }

    private static Set<String> placeholders(Pattern pattern, String message) {
        Set<String> found = new HashSet<>();
        pattern.matcher(message).results().forEach(m -> found.add(m.group(1)));
        return found;
    }

    private static Properties load(String suffix) {
        var properties = new Properties();
        String name = "/vaadin-i18n/translations" + suffix + ".properties";
        try (Reader reader =
                new InputStreamReader(TranslationsTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
        return properties;
    }
}
