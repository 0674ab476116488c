package org.hcstracker.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.hcstracker.files.Upload;
import org.springframework.core.io.ByteArrayResource;

/**
 * Small files made on the spot for the demo evidence: a one-page PDF certificate, a photo
 * of a quality-control chart, and a few seconds of silent MP3 audio standing in for a
 * recorded witness statement.
 */
final class DemoFiles {

	private DemoFiles() {
	}

	static Upload pdf(String fileName, String line) {
		String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
		String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach((offset) -> pdf.append(String.format("%010d 00000 n \n", offset)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n");
		pdf.append(xref).append("\n%%EOF\n");
		return upload(fileName, pdf.toString().getBytes(StandardCharsets.US_ASCII));
	}

	static Upload photo(String fileName) {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(245, 245, 240));
		g.fillRect(0, 0, 640, 480);
		g.setColor(new Color(200, 60, 60));
		for (int y : new int[] { 120, 360 }) {
			g.drawLine(40, y, 600, y);
		}
		g.setColor(new Color(60, 60, 60));
		g.drawLine(40, 240, 600, 240);
		g.setColor(new Color(30, 90, 170));
		g.setStroke(new BasicStroke(3));
		int[] values = { 230, 250, 220, 245, 260, 235, 280, 300, 320, 250, 240, 235 };
		for (int i = 1; i < values.length; i++) {
			g.drawLine(40 + (i - 1) * 50, values[i - 1], 40 + i * 50, values[i]);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return upload(fileName, out.toByteArray());
	}

	static Upload audio(String fileName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// An ID3v2.3 header with no frames, then MPEG-1 Layer III frames (128 kbit/s,
		// 44.1 kHz)
		// of silence: about three seconds.
		out.writeBytes(new byte[] { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0 });
		byte[] frame = new byte[417];
		frame[0] = (byte) 0xFF;
		frame[1] = (byte) 0xFB;
		frame[2] = (byte) 0x90;
		frame[3] = (byte) 0x64;
		for (int i = 0; i < 115; i++) {
			out.writeBytes(frame);
		}
		return upload(fileName, out.toByteArray());
	}

	private static Upload upload(String fileName, byte[] content) {
		return new Upload(fileName, content.length, new ByteArrayResource(content));
	}

}
