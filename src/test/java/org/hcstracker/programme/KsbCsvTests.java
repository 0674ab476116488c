package org.hcstracker.programme;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.hcstracker.programme.KsbCsv.Result;
import org.hcstracker.programme.KsbCsv.Row;
import org.hcstracker.programme.KsbCsv.RowError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KsbCsvTests {

	@Test
	void aGoodFileGivesEveryRow() throws IOException {
		Result result = read(
				"code,area,statement\nK1,1,Person-centred care\r\nS12,5,Routine procedures\nB2,9,Leads by example\n");
		assertThat(result.isValid()).isTrue();
		assertThat(result.rows()).containsExactly(new Row(2, "K1", 1, "Person-centred care"),
				new Row(3, "S12", 5, "Routine procedures"), new Row(4, "B2", 9, "Leads by example"));
	}

	@Test
	void quotedFieldsMayHoldCommasAndQuotes() throws IOException {
		Result result = read("code,area,statement\nK1,1,\"Care, \"\"person-centred\"\", always\"\n");
		assertThat(result.rows()).extracting(Row::statement).containsExactly("Care, \"person-centred\", always");
	}

	@Test
	void aByteOrderMarkAndBlankLinesAndSpacesAreForgiven() throws IOException {
		Result result = read("\uFEFFCode, Area ,STATEMENT\n\n K3 , 2 ,  Reflects on practice  \n\n");
		assertThat(result.rows()).containsExactly(new Row(3, "K3", 2, "Reflects on practice"));
	}

	@Test
	void eachBadRowIsReportedWithItsLineNumber() throws IOException {
		Result result = read("""
				code,area,statement
				K1,1,Fine
				X1,2,Bad code
				K2,0,Bad area
				K3,2,
				K1,3,Duplicate of line 2
				K4,"unclosed,3
				K5,1
				""" + "K6,1," + "x".repeat(301) + "\n");
		assertThat(result.isValid()).isFalse();
		assertThat(result.rows()).extracting(Row::code).containsExactly("K1");
		assertThat(result.errors()).containsExactly(new RowError(3, "ksbImport.row.code"),
				new RowError(4, "ksbImport.row.area"), new RowError(5, "ksbImport.row.statement"),
				new RowError(6, "ksbImport.row.duplicate", 2), new RowError(7, "ksbImport.row.quotes"),
				new RowError(8, "ksbImport.row.fieldCount"), new RowError(9, "ksbImport.row.statement"));
	}

	@Test
	void aWrongHeaderIsRefused() throws IOException {
		assertThat(read("code,statement,area\nK1,Fine,1\n").errors())
			.containsExactly(new RowError(1, "ksbImport.header.invalid"));
	}

	@Test
	void emptyFilesAreRefused() throws IOException {
		assertThat(read("").errors()).containsExactly(new RowError(1, "ksbImport.file.empty"));
		assertThat(read("code,area,statement\n").errors()).containsExactly(new RowError(2, "ksbImport.file.noRows"));
	}

	@Test
	void tooManyRowsAreRefused() throws IOException {
		StringBuilder csv = new StringBuilder("code,area,statement\n");
		for (int i = 1; i <= KsbCsv.MAX_ROWS + 1; i++) {
			csv.append("K").append(i % 999 + 1).append(",1,Statement\n");
		}
		assertThat(read(csv.toString()).errors()).contains(new RowError(KsbCsv.MAX_ROWS + 2, "ksbImport.tooManyRows"));
	}

	@Test
	void aFileNotInUtf8IsRefused() throws IOException {
		byte[] latin1 = "code,area,statement\nK1,1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(KsbCsv.read(new ByteArrayInputStream(latin1)).errors())
			.containsExactly(new RowError(0, "ksbImport.file.notUtf8"));
	}

	private static Result read(String csv) throws IOException {
		return KsbCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}

}
