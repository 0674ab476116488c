package org.hcstracker.web;

import org.hcstracker.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one place typed exceptions become HTTP answers. An object that does not exist, or
 * that the caller may not see, is "not found"; a change that lost a race with someone
 * else's is a conflict. Pages show a friendly message and nothing of the exception.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandlingAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex) {
		log.debug("Not found: {}", ex.getMessage());
		return "error/404";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String malformedAddress(MethodArgumentTypeMismatchException ex) {
		log.debug("Malformed address part: {}", ex.getName());
		return "error/404";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(OptimisticLockingFailureException ex) {
		log.info("Edit conflict: {}", ex.getMessage());
		return "error/409";
	}

}
