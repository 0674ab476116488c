package org.hcstracker.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads a standard version's KSB statements from a CSV file: UTF-8 (with or without a
 * byte order mark), a header row {@code code,area,statement}, then one statement a row,
 * fields quoted as RFC 4180 allows. Every row is checked; the result holds the good rows
 * and, for each bad one, its line number and what is wrong, so a file is taken whole or
 * not at all.
 */
final class KsbCsv {

	static final int MAX_ROWS = 1000;

	private KsbCsv() {
	}

	static Result read(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in,
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)));
		List<Row> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		Map<String, Integer> firstLineOfCode = new HashMap<>();
		try {
			String header = reader.readLine();
			if (header == null) {
				errors.add(new RowError(1, "ksbImport.file.empty"));
				return new Result(rows, errors);
			}
			if (header.startsWith("\uFEFF")) {
				header = header.substring(1);
			}
			List<String> headings = fields(header);
			if (headings == null || headings.size() != 3 || !"code".equalsIgnoreCase(headings.get(0).strip())
					|| !"area".equalsIgnoreCase(headings.get(1).strip())
					|| !"statement".equalsIgnoreCase(headings.get(2).strip())) {
				errors.add(new RowError(1, "ksbImport.header.invalid"));
				return new Result(rows, errors);
			}
			String line;
			int number = 1;
			int dataRows = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				dataRows++;
				if (dataRows > MAX_ROWS) {
					errors.add(new RowError(number, "ksbImport.tooManyRows"));
					break;
				}
				check(number, line, rows, errors, firstLineOfCode);
			}
		}
		catch (CharacterCodingException ex) {
			errors.add(new RowError(0, "ksbImport.file.notUtf8"));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(2, "ksbImport.file.noRows"));
		}
		return new Result(rows, errors);
	}

	private static void check(int number, String line, List<Row> rows, List<RowError> errors,
			Map<String, Integer> firstLineOfCode) {
		List<String> fields = fields(line);
		if (fields == null) {
			errors.add(new RowError(number, "ksbImport.row.quotes"));
			return;
		}
		if (fields.size() != 3) {
			errors.add(new RowError(number, "ksbImport.row.fieldCount"));
			return;
		}
		String code = fields.get(0).strip();
		String area = fields.get(1).strip();
		String statement = fields.get(2).strip();
		int errorsBefore = errors.size();
		if (!KsbCode.isValid(code)) {
			errors.add(new RowError(number, "ksbImport.row.code"));
		}
		else if (firstLineOfCode.containsKey(code)) {
			errors.add(new RowError(number, "ksbImport.row.duplicate", firstLineOfCode.get(code)));
		}
		if (!area.matches("[1-9]")) {
			errors.add(new RowError(number, "ksbImport.row.area"));
		}
		if (statement.isEmpty() || statement.length() > Ksb.STATEMENT_MAX_LENGTH) {
			errors.add(new RowError(number, "ksbImport.row.statement"));
		}
		if (KsbCode.isValid(code)) {
			firstLineOfCode.putIfAbsent(code, number);
		}
		if (errors.size() == errorsBefore) {
			rows.add(new Row(number, code, Integer.parseInt(area), statement));
		}
	}

	/**
	 * The fields of one line, or null if its quotes do not close.
	 */
	private static @Nullable List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			return null;
		}
		fields.add(field.toString());
		return fields;
	}

	/**
	 * A good row.
	 *
	 * @param line its line number in the file
	 * @param code the statement's code
	 * @param area its programme area, 1 to 9
	 * @param statement the statement
	 */
	record Row(int line, String code, int area, String statement) implements java.io.Serializable {
	}

	/**
	 * What is wrong with one row.
	 *
	 * @param line its line number in the file (0 for the whole file)
	 * @param messageKey what is wrong, as a message key
	 * @param argument a line number the message refers to, if any
	 */
	record RowError(int line, String messageKey, Integer argument) {

		RowError(int line, String messageKey) {
			this(line, messageKey, 0);
		}

	}

	/**
	 * What a file holds: its good rows, and an error for each bad one.
	 *
	 * @param rows the good rows
	 * @param errors the errors; the file may be imported only if there are none
	 */
	record Result(List<Row> rows, List<RowError> errors) {

		boolean isValid() {
			return this.errors.isEmpty();
		}

	}

}
