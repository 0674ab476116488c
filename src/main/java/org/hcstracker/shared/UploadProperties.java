package org.hcstracker.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on files people upload. The servlet container's multipart limits are derived
 * from them, so that one setting governs both.
 *
 * @param maxFileSize the largest file accepted
 * @param maxFiles the most files sent in one form
 */
@ConfigurationProperties("hcs.uploads")
public record UploadProperties(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue("5") int maxFiles) {

	/**
	 * The largest request carrying files: every file at its largest, and room for the
	 * rest of the form.
	 * @return the largest request
	 */
	public DataSize maxRequestSize() {
		return DataSize.ofBytes(this.maxFileSize.toBytes() * this.maxFiles + DataSize.ofMegabytes(1).toBytes());
	}

	/**
	 * The largest file in whole megabytes, for messages.
	 * @return the megabytes
	 */
	public long maxFileMegabytes() {
		return this.maxFileSize.toMegabytes();
	}

}
