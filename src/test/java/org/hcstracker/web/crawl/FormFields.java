package org.hcstracker.web.crawl;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.hcstracker.testsupport.SampleFiles;
import org.jsoup.nodes.Element;

/**
 * What a browser sends for a form: as the page renders it (hidden fields, the CSRF token,
 * the choices the page starts on), or filled in as a hurried person would (the first real
 * choice, today's date, a short note, every box ticked, a small file).
 */
final class FormFields {

	/**
	 * Hidden fields whose values change with every page or change: the token and
	 * versions.
	 */
	private static final Set<String> CHANGING_EVERY_TIME = Set.of("_csrf", "version");

	/** A row's number in a field's name, such as the 3 of {@code actions[3].text}. */
	private static final Pattern ROW_INDEX = Pattern.compile("\\[\\d+]");

	private static final String NOTE = "A note from the page crawl.";

	private FormFields() {
	}

	/**
	 * The form's identity, for sending each distinct form once: its method, action, the
	 * names of its fields and its hidden values (a confirmation step's form differs from
	 * the form it confirms), the CSRF token aside. A list of rows counts once whatever
	 * its length ({@code actions[3].text} as {@code actions[].text}), so a form that
	 * grows by a row each time it is sent ("Add another action") is sent once, not once
	 * per row.
	 * @param form the form
	 * @param action its absolute action
	 * @return the identity
	 */
	static String identity(Element form, String action) {
		Set<String> parts = new TreeSet<>();
		for (Element field : form.select("input[name], select[name], textarea[name], button[name]")) {
			String type = field.attr("type");
			String name = ROW_INDEX.matcher(field.attr("name")).replaceAll("[]");
			if (field.nameIs("input") && "hidden".equalsIgnoreCase(type)
					&& !CHANGING_EVERY_TIME.contains(field.attr("name"))) {
				parts.add(name + "=" + field.attr("value"));
			}
			else {
				parts.add(name);
			}
		}
		return form.attr("method").toUpperCase() + " " + action + " " + parts;
	}

	/**
	 * The fields a browser sends, files aside.
	 * @param form the form
	 * @param filled whether to fill in what the page leaves empty
	 * @param today the date to give date fields
	 * @return the names and values
	 */
	static List<Map.Entry<String, String>> values(Element form, boolean filled, LocalDate today) {
		List<Map.Entry<String, String>> values = new ArrayList<>();
		Set<String> radios = new HashSet<>();
		for (Element field : form.select("input[name], select[name], textarea[name]")) {
			if (field.hasAttr("disabled")) {
				continue;
			}
			String name = field.attr("name");
			if (field.nameIs("textarea")) {
				String text = field.wholeText();
				values.add(Map.entry(name, (filled && text.isBlank()) ? limited(NOTE, field) : text));
			}
			else if (field.nameIs("select")) {
				select(field, filled, values);
			}
			else {
				input(field, filled, today, values, radios);
			}
		}
		for (Element radio : form.select("input[type=radio][name]")) {
			String name = radio.attr("name");
			if (filled && !radio.hasAttr("disabled") && radios.add(name)) {
				values.add(Map.entry(name, radio.attr("value")));
			}
		}
		Element button = form
			.selectFirst("button[name]:not([type=button]):not([type=reset]), input[type=submit][name]");
		if (button != null) {
			values.add(Map.entry(button.attr("name"), button.attr("value")));
		}
		return values;
	}

	/**
	 * The filled-in values made wrong in every way a person or a broken browser can send:
	 * texts far over any limit, words in number fields, dates as people type them,
	 * choices that do not exist. Hidden fields, boxes and buttons keep their values.
	 * @param form the form
	 * @param filled the filled-in values
	 * @return the values to send instead
	 */
	static List<Map.Entry<String, String>> wrong(Element form, List<Map.Entry<String, String>> filled) {
		List<Map.Entry<String, String>> values = new ArrayList<>();
		for (Map.Entry<String, String> entry : filled) {
			Element field = form.selectFirst("[name=\"" + entry.getKey().replace("\"", "") + "\"]");
			String type = (field == null) ? ""
					: field.nameIs("input") ? field.attr("type").toLowerCase() : field.tagName();
			String value = switch (type) {
				case "textarea", "text", "", "search", "email", "tel", "url" -> "x".repeat(6000);
				case "number" -> "abc";
				case "date" -> "31/07/2026";
				case "time" -> "25:99";
				case "select" -> "999999999";
				default -> entry.getValue();
			};
			values.add(Map.entry(entry.getKey(), (field == null) ? entry.getValue() : value));
		}
		return values;
	}

	private static void select(Element select, boolean filled, List<Map.Entry<String, String>> values) {
		List<Element> options = select.select("option");
		List<Element> selected = select.select("option[selected]");
		if (select.hasAttr("multiple")) {
			List<Element> chosen = (filled && selected.isEmpty() && !options.isEmpty()) ? List.of(options.get(0))
					: selected;
			chosen.forEach((option) -> values.add(Map.entry(select.attr("name"), valueOf(option))));
			return;
		}
		String value = selected.isEmpty() ? (options.isEmpty() ? "" : valueOf(options.get(0)))
				: valueOf(selected.get(0));
		if (filled && value.isEmpty()) {
			value = options.stream().map(FormFields::valueOf).filter((v) -> !v.isEmpty()).findFirst().orElse("");
		}
		values.add(Map.entry(select.attr("name"), value));
	}

	private static void input(Element input, boolean filled, LocalDate today, List<Map.Entry<String, String>> values,
			Set<String> radios) {
		String name = input.attr("name");
		String type = input.attr("type").toLowerCase();
		String value = input.attr("value");
		switch (type) {
			case "submit", "button", "reset", "image", "file" -> {
			}
			case "checkbox" -> {
				if (input.hasAttr("checked") || filled) {
					values.add(Map.entry(name, input.hasAttr("value") ? value : "on"));
				}
			}
			case "radio" -> {
				if (input.hasAttr("checked")) {
					radios.add(name);
					values.add(Map.entry(name, value));
				}
			}
			default -> values.add(Map.entry(name, (filled && value.isEmpty()) ? filling(input, type, today) : value));
		}
	}

	private static String filling(Element input, String type, LocalDate today) {
		return switch (type) {
			case "date" -> today.toString();
			case "month" -> today.toString().substring(0, 7);
			case "time" -> "10:00";
			case "number" -> input.hasAttr("min") && !input.attr("min").isBlank() ? input.attr("min") + "" : "1";
			case "email" -> "crawl-" + System.nanoTime() + "@example.test";
			case "password" -> "";
			default -> limited("Crawl " + Long.toString(System.nanoTime() % 100_000, 36), input);
		};
	}

	private static String limited(String text, Element field) {
		String max = field.attr("maxlength");
		if (max.isBlank()) {
			return text;
		}
		int length = Integer.parseInt(max);
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	private static String valueOf(Element option) {
		return option.hasAttr("value") ? option.attr("value") : option.text();
	}

	/**
	 * Small files for the form's file fields: a CSV where the field asks for one,
	 * otherwise a PDF.
	 * @param form the form
	 * @return one file for each file field
	 */
	static List<CrawlClient.FilePart> files(Element form) {
		List<CrawlClient.FilePart> files = new ArrayList<>();
		for (Element input : form.select("input[type=file][name]")) {
			if (input.attr("accept").contains("csv")) {
				files.add(new CrawlClient.FilePart(input.attr("name"), "statements.csv", "text/csv",
						"code,area,statement\nK90,1,Crawl statement\n".getBytes(StandardCharsets.UTF_8)));
			}
			else {
				files.add(new CrawlClient.FilePart(input.attr("name"), "crawl-note.pdf", "application/pdf",
						SampleFiles.pdf()));
			}
		}
		return files;
	}

	/**
	 * The empty file parts a browser sends for file fields left empty.
	 * @param form the form
	 * @return one empty part for each file field
	 */
	static List<CrawlClient.FilePart> emptyFiles(Element form) {
		return form.select("input[type=file][name]")
			.stream()
			.map((input) -> new CrawlClient.FilePart(input.attr("name"), "", "application/octet-stream", new byte[0]))
			.toList();
	}

}
