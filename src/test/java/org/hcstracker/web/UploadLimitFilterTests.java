package org.hcstracker.web;

import jakarta.servlet.ServletException;
import org.hcstracker.shared.UploadProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload that cannot be read goes back to its form, and only ever to an address of
 * this application.
 */
class UploadLimitFilterTests {

	private final UploadLimitFilter filter = new UploadLimitFilter(new UploadProperties(DataSize.ofMegabytes(100), 5));

	@Test
	void anUnreadableUploadGoesBackToItsForm() throws Exception {
		MockHttpServletResponse response = send("/apprentices/7/evidence/new");

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/apprentices/7/evidence/new");
	}

	@Test
	void anAddressThatWouldLeadToAnotherSiteIsRefusedNotFollowed() throws Exception {
		MockHttpServletResponse response = send("//evil.example/x");

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getRedirectedUrl()).isNull();
	}

	private MockHttpServletResponse send(String uri) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {
			@Override
			public java.util.Collection<jakarta.servlet.http.Part> getParts() throws ServletException {
				throw new ServletException("cut off");
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
