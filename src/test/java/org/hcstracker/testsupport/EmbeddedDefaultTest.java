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
 * The embedded default that {@code ./mvnw spring-boot:run} uses, with its demo data and
 * its real password encoder, on an H2 file of its own ({@link EmbeddedDefaultDatabase}),
 * with MockMvc. All such tests share one application context, so the default's start-up
 * and demo data are paid for once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Import({ EmbeddedDefaultDatabase.class, ReadinessWitness.class, TestAccounts.class, TestApprentices.class })
public @interface EmbeddedDefaultTest {

}
