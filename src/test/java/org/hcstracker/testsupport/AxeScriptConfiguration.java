package org.hcstracker.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * axe-core, as the axe-core Selenium library ships it, served by the application under
 * test among its static files (the pages' Content-Security-Policy lets them load scripts
 * of their own origin only), cached by the browser like them: the browser checks of a run
 * load it into each page they check from the browser's cache, rather than sending its
 * half a megabyte of script through the WebDriver connection every time.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AxeScriptConfiguration {

	/** Where the browser finds axe-core. */
	public static final String PATH = "/assets/test/axe-core.js";

	@Controller
	static class AxeScriptController {

		private static final byte[] SOURCE = source();

		@GetMapping(PATH)
		ResponseEntity<byte[]> axeCore() {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)))
				.body(SOURCE);
		}

		private static byte[] source() {
			try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
				return in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read axe-core from the axe-core Selenium library", ex);
			}
		}

	}

}
