package org.hcstracker.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void folderPartsAreDropped() {
		assertThat(FileNames.clean("C:\\Users\\jordan\\Desktop\\report.pdf")).isEqualTo("report.pdf");
		assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.clean("/var/mobile/IMG_0042.HEIC")).isEqualTo("IMG_0042.HEIC");
	}

	@Test
	void controlAndReservedCharactersBecomeUnderscores() {
		assertThat(FileNames.clean("evil\r\nname\u0000.pdf")).isEqualTo("evil__name_.pdf");
		assertThat(FileNames.clean("a\"b<c>d|e?.txt")).isEqualTo("a_b_c_d_e_.txt");
		assertThat(FileNames.clean("right\u202Etxt.exe.pdf")).isEqualTo("right_txt.exe.pdf");
	}

	@Test
	void spacesAreTidiedAndLeadingDotsDropped() {
		assertThat(FileNames.clean("  my   reflective\taccount .docx ")).isEqualTo("my reflective account .docx");
		assertThat(FileNames.clean(".hidden.pdf")).isEqualTo("hidden.pdf");
	}

	@Test
	void aNameTooLongIsShortenedKeepingItsExtension() {
		String cleaned = FileNames.clean("a".repeat(400) + ".pdf");
		assertThat(cleaned).hasSize(FileNames.MAX_LENGTH).endsWith("a.pdf");
	}

	@Test
	void nothingUsableLeftGivesAPlainName() {
		assertThat(FileNames.clean(null)).isEqualTo("file");
		assertThat(FileNames.clean("")).isEqualTo("file");
		assertThat(FileNames.clean("C:\\folder\\")).isEqualTo("file");
		assertThat(FileNames.clean("...")).isEqualTo("file");
	}

	@Test
	void ordinaryNamesAreKept() {
		assertThat(FileNames.clean("Phlebotomy certificate – Jordan Ellis.pdf"))
			.isEqualTo("Phlebotomy certificate – Jordan Ellis.pdf");
	}

}
