package org.hcstracker.notifications;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.hcstracker.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application sending to a GreenMail server on a port of its own, with the clock held
 * still ({@link StillClock}) and the scheduled sender out of the way. The tests that send
 * real mail extend it, so they share one application context; each class starts the
 * server afresh and stops it when done.
 */
@IntegrationTest
@Import(StillClock.class)
abstract class WithMailServer {

	static final int PORT = freePort();

	static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	static GreenMail smtp = new GreenMail(SMTP);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("hcs.notifications.send-every", () -> "PT10H");
	}

	@BeforeAll
	static void startServer() {
		if (!smtp.isRunning()) {
			smtp = new GreenMail(SMTP);
			smtp.start();
		}
	}

	@AfterAll
	static void stopServer() {
		smtp.stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
