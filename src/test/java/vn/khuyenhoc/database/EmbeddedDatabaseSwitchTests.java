package vn.khuyenhoc.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With SPRING_DATASOURCE_URL set, no embedded server is configured at all (nothing is started). */
class EmbeddedDatabaseSwitchTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedDatabaseConfiguration.class);

    @Test
    void anExternalDatabaseUrlTurnsTheEmbeddedServerOff() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/khuyenhoc")
                .run(started -> assertThat(started).doesNotHaveBean(EmbeddedDatabaseConfiguration.class)
                        .doesNotHaveBean("embeddedPostgres").doesNotHaveBean("dataSource"));
    }
}
