package org.hcstracker.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.test.context.TestPropertySource;

/**
 * A test that drives the running application in a real Chromium ({@link Browser}).
 *
 * <p>
 * The browser tests run one class at a time (they share one Chromium) beside the rest of
 * the suite, which runs one class at a time in the main thread: most of a browser test's
 * time is spent waiting for Chromium, which leaves the second core to the other tests
 * ({@code junit-platform.properties}). So that nothing the browser does is seen by a test
 * running at the same time, the browser tests have an application and a demo database of
 * their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebAppTest
@TestPropertySource(properties = "hcs.test.own-database=browser")
@ExtendWith(Browser.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("chromium")
@Tag("browser")
public @interface BrowserTest {

}
