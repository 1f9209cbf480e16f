package org.archipelago;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** On the PostgreSQL test database, every run starts from an empty schema migrated by Flyway. */
@Configuration(proxyBeanMethods = false)
@Profile("pg")
class FreshSchema {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
