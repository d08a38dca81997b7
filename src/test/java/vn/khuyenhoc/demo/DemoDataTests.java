package vn.khuyenhoc.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Demo data loads by default on the embedded database and only on request with an external one. */
class DemoDataTests {

    private static boolean enabled(MockEnvironment environment) {
        return DemoData.enabled(environment);
    }

    @Test
    void loadsByDefaultOnTheEmbeddedDatabase() {
        assertThat(enabled(new MockEnvironment())).isTrue();
    }

    @Test
    void doesNotLoadByDefaultOnAnExternalDatabase() {
        var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/k");
        assertThat(enabled(external)).isFalse();
    }

    @Test
    void loadsOnAnExternalDatabaseWhenAsked() {
        var asked = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/k")
                .withProperty("khuyenhoc.demo.enabled", "true");
        assertThat(enabled(asked)).isTrue();
    }

    @Test
    void canBeTurnedOffOnTheEmbeddedDatabase() {
        assertThat(enabled(new MockEnvironment().withProperty("khuyenhoc.demo.enabled", "false"))).isFalse();
    }
}
