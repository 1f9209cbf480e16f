package org.archipelago;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a Spring test against the PostgreSQL given by {@code ARCHIPELAGO_TEST_PG_URL}. Without one the test is
 * skipped with a message, except under {@code CI=true}, where a missing PostgreSQL fails the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles({"test", "pg"})
@ExtendWith(PostgresTest.Condition.class)
public @interface PostgresTest {

    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv("ARCHIPELAGO_TEST_PG_URL");
            if (url != null && !url.isBlank()) {
                return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(
                        "CI=true but ARCHIPELAGO_TEST_PG_URL is not set: the PostgreSQL tests cannot be skipped in CI");
            }
            return ConditionEvaluationResult.disabled(
                    "No PostgreSQL: set ARCHIPELAGO_TEST_PG_URL (and _USER, _PASSWORD) to run this test on one");
        }
    }
}
