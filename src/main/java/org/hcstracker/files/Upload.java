package org.hcstracker.files;

import org.springframework.core.io.InputStreamSource;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it arrived, not yet checked: the name the person's device gave it, its size,
 * and where to read it from (as often as needed).
 *
 * @param originalName the name it arrived with, not to be trusted
 * @param size its size in bytes
 * @param content its content
 */
public record Upload(String originalName, long size, InputStreamSource content) {

	/**
	 * A file as a form sent it.
	 * @param file the form's file
	 * @return the file, not yet checked
	 */
	public static Upload of(MultipartFile file) {
		String name = file.getOriginalFilename();
		return new Upload((name != null) ? name : "", file.getSize(), file);
	}

}
