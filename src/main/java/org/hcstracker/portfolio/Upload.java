package org.hcstracker.portfolio;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrived, not yet checked: the name the person's device gave it, its size,
 * and where to read it from (as often as needed).
 *
 * @param originalName the name it arrived with, not to be trusted
 * @param size its size in bytes
 * @param content its content
 */
public record Upload(String originalName, long size, InputStreamSource content) {
}
