package org.archipelago.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** One clock for the whole academy, so that expiry and throttling can be tested without waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
