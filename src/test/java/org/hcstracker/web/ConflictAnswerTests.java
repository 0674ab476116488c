package org.hcstracker.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a change that lost a race answers: the conflict page with the texts the person
 * wrote, whether it met a changed record or a unique index filled a moment before; any
 * other refusal of the database is the error page.
 */
class ConflictAnswerTests {

	private final ErrorHandlingAdvice advice = new ErrorHandlingAdvice(new RequestMappingHandlerMapping());

	@Test
	void aSecondChangeRefusedByAUniqueIndexIsAConflictThatGivesBackWhatWasWritten() {
		MockHttpServletRequest request = sent("Third attempt at the professional discussion, notes attached");
		ModelAndView answer = this.advice.conflict(
				new DataIntegrityViolationException("duplicate", new SQLException("duplicate key", "23505")), request);

		assertThat(answer.getViewName()).isEqualTo("error/409");
		assertThat(answer.getStatus()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.getModel().get("typed"))
			.isEqualTo(java.util.List.of("Third attempt at the professional discussion, notes attached"));
	}

	@Test
	void anEditOfARecordChangedMeanwhileIsAConflictThatKeepsOnlyTheTextsWorthKeeping() {
		MockHttpServletRequest request = sent("Say which analyser you calibrated");
		request.addParameter("grade", "PASS");
		request.addParameter("version", "3");
		request.addParameter("_csrf", "a token that is long enough and has no spaces");
		request.addParameter("password", "correct horse battery staple");
		request.addParameter("confirmation", "correct horse battery staple");
		ModelAndView answer = this.advice.conflict(new OptimisticLockingFailureException("stale"), request);

		assertThat(answer.getViewName()).isEqualTo("error/409");
		assertThat(answer.getModel().get("typed")).isEqualTo(java.util.List.of("Say which analyser you calibrated"));
	}

	@Test
	void anyOtherRefusalOfTheDatabaseIsTheErrorPage() {
		ModelAndView answer = this.advice.conflict(
				new DataIntegrityViolationException("null", new SQLException("null value", "23502")), sent("A note"));

		assertThat(answer.getViewName()).isEqualTo("error/500");
		assertThat(answer.getStatus()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	private static MockHttpServletRequest sent(String text) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/apprentices/1/epa/results");
		request.addParameter("notes", text);
		return request;
	}

}
