package org.hcstracker.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;

/**
 * The kinds of file evidence may carry, decided from the content: the name only refines a
 * container format the content leaves open (a Word document is a zip archive until its
 * name says which Office file it is). A file whose content is of another kind than its
 * name says is refused, whatever the name.
 */
public final class FileTypes {

	public static final Set<String> ALLOWED = Set.of("application/pdf", "image/jpeg", "image/png", "image/heic",
			"image/heif", "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "text/plain", "audio/mpeg",
			"audio/mp4", "audio/x-m4a", "video/mp4", "video/quicktime");

	/**
	 * What content alone shows of formats only a name tells apart: Office Open XML and
	 * the older Office files, and the ISO media family (MP4 and MOV). Any other content
	 * keeps the type it shows, whatever the name.
	 */
	private static final Set<String> CONTAINERS = Set.of("application/x-tika-ooxml", "application/x-tika-msoffice",
			"video/quicktime", "video/mp4", "audio/mp4");

	private static final Tika TIKA = new Tika();

	private FileTypes() {
	}

	/**
	 * The type of a file's content, refined by its name where the content leaves it open.
	 * @param content the content, read from the start
	 * @param fileName the file's name
	 * @return the media type, without parameters
	 * @throws IOException if the content cannot be read
	 */
	public static String detect(InputStream content, String fileName) throws IOException {
		try (TikaInputStream in = TikaInputStream.get(content)) {
			String byContent = TIKA.detect(in);
			String withName = TIKA.detect(in, fileName);
			return (withName.equals(byContent) || CONTAINERS.contains(byContent)) ? withName : byContent;
		}
	}

	/**
	 * The type a name alone suggests.
	 * @param fileName the name
	 * @return the media type
	 */
	public static String fromName(String fileName) {
		return TIKA.detect(fileName);
	}

}
