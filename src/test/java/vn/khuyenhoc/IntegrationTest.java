package vn.khuyenhoc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one configuration of every test that needs the app: the whole app on a random port with MockMvc, on the
 * embedded PostgreSQL (see src/test/resources/config/application.yml) with demo data. Every test class using
 * it shares one Spring context and so one database; a test that writes runs in a transaction that is rolled
 * back ({@code @Transactional}) or cleans up what it made.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
