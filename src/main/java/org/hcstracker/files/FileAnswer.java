package org.hcstracker.files;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * How to answer a request for a stored file: the status, the headers, and which of its
 * bytes to send.
 *
 * @param status 200 for the whole file, 206 for a part, 416 for a range past its end
 * @param headers the headers to set before anything is sent
 * @param content the bytes to send, absent when nothing is sent
 */
public record FileAnswer(int status, HttpHeaders headers, @Nullable ByteRange content) {

}
