package org.nianbao;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * The one slice configuration: JPA, Flyway and JDBC on the shared test database ({@link TestDatabase}, never a
 * replacement), each test in a transaction that is rolled back. For tests of the mapping between entities, schema
 * and declaration, which need no web layer, security or services. The fourth and last application the suite may
 * start (docs/adr/0029-one-test-context.md): add nothing to a class that uses it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public @interface PersistenceTest {
}
