package org.hcstracker.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on the run's PostgreSQL database, with MockMvc, passwords hashed
 * at bcrypt's lowest cost ({@link TestPasswordHashing}). All such tests share one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"hcs.epa.seal.keys.1=" + TestSealKey.VALUE })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPasswordHashing.class, TestAccounts.class, TestApprentices.class,
		TestEvidence.class, TestEpa.class, MockSessionCookies.class })
public @interface IntegrationTest {

}
