package org.hcstracker.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, on the run's PostgreSQL database with the demo
 * data loaded (as a newcomer would see it), plus a page that fails on purpose and
 * axe-core for the browser's checks ({@link AxeScriptConfiguration}); passwords are
 * hashed at bcrypt's lowest cost ({@link TestPasswordHashing}). All such tests, the
 * browser tests among them, share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "hcs.demo.mode=on", "spring.jpa.properties.hibernate.generate_statistics=true",
				"hcs.epa.seal.keys.1=" + TestSealKey.VALUE })
@Import({ TestDatabaseConfiguration.class, TestPasswordHashing.class, TestAccounts.class, TestApprentices.class,
		FailingPageConfiguration.class, AxeScriptConfiguration.class })
public @interface WebAppTest {

}
