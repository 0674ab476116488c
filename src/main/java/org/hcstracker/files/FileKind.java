package org.hcstracker.files;

import java.util.Set;

/**
 * How a browser can show a stored file in the page, by the type its content showed:
 * photos as images, sound and video in the browser's own players, PDFs in its own viewer.
 * Everything else (office documents, text, HEIC photos, which most browsers cannot show)
 * is only downloaded.
 */
public enum FileKind {

	/** A JPEG or PNG photo, shown in the page. */
	IMAGE(Set.of("image/jpeg", "image/png")),

	/** MP3 or M4A sound, played in the page. */
	AUDIO(Set.of("audio/mpeg", "audio/mp4", "audio/x-m4a")),

	/** MP4 or MOV video, played in the page. */
	VIDEO(Set.of("video/mp4", "video/quicktime")),

	/** A PDF, opened in the browser's own viewer in a new tab. */
	PDF(Set.of("application/pdf")),

	/** Anything else: downloaded, never shown. */
	DOWNLOAD(Set.of());

	private final Set<String> contentTypes;

	FileKind(Set<String> contentTypes) {
		this.contentTypes = contentTypes;
	}

	/**
	 * The kind of a file of this type.
	 * @param contentType the type its content showed
	 * @return its kind, {@link #DOWNLOAD} for a type no browser is trusted to show
	 */
	public static FileKind of(String contentType) {
		for (FileKind kind : values()) {
			if (kind.contentTypes.contains(contentType)) {
				return kind;
			}
		}
		return DOWNLOAD;
	}

	Set<String> contentTypes() {
		return this.contentTypes;
	}

	/**
	 * Whether a browser is sent files of this kind to show (inline) rather than save.
	 * @return false only for {@link #DOWNLOAD}
	 */
	public boolean isShownInline() {
		return this != DOWNLOAD;
	}

}
