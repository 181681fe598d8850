package org.nianbao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one configuration of every full-context test: the whole portal on a random port (for HTTP clients and
 * browsers) with MockMvc beside it, on the shared test database ({@link TestDatabase}) and the tests' clock
 * ({@link TestClock}). Exactly {@code @SpringBootTest(webEnvironment = RANDOM_PORT)} plus
 * {@code @AutoConfigureMockMvc}, so a class annotated with those two shares this context too. Adding anything else
 * to a test class (properties, {@code @Import}, {@code @MockitoBean}, profiles, {@code @DirtiesContext}) would start
 * another application: see docs/adr/0029-one-test-context.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface PortalTest {
}
