package org.hcstracker.testsupport;

import org.hcstracker.files.Upload;
import org.springframework.core.io.ByteArrayResource;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Small files of each kind, made on the spot: their first bytes are what the real formats
 * begin with, which is what content detection reads.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
				+ "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] jpeg() {
		return image("jpg");
	}

	public static byte[] png() {
		return image("png");
	}

	public static byte[] heic() {
		return isoMedia("heic", "mif1", "heic");
	}

	public static byte[] m4a() {
		return isoMedia("M4A ", "M4A ", "isom");
	}

	public static byte[] mp4() {
		return isoMedia("isom", "isom", "mp41");
	}

	public static byte[] mov() {
		return isoMedia("qt  ", "qt  ", "qt  ");
	}

	public static byte[] docx() {
		return ooxml("word/document.xml");
	}

	public static byte[] xlsx() {
		return ooxml("xl/workbook.xml");
	}

	public static byte[] pptx() {
		return ooxml("ppt/presentation.xml");
	}

	/**
	 * The start of an OLE2 compound document, the container of .doc, .xls and .ppt files.
	 * @return the bytes
	 */
	public static byte[] ole2() {
		byte[] bytes = new byte[1024];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, bytes, 0, magic.length);
		return bytes;
	}

	public static byte[] text() {
		return "Reflection on my first blood gas analyser training.\nWhat went well: calibration.\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] mp3() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { 'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0 });
		byte[] frame = new byte[417];
		frame[0] = (byte) 0xFF;
		frame[1] = (byte) 0xFB;
		frame[2] = (byte) 0x90;
		frame[3] = (byte) 0x64;
		for (int i = 0; i < 10; i++) {
			out.writeBytes(frame);
		}
		return out.toByteArray();
	}

	/**
	 * The start of a Windows program.
	 * @return the bytes
	 */
	public static byte[] executable() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 78, stub.length);
		bytes[60] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
	}

	public static byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("notes.txt"));
			zip.write("notes".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 32, 24);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] isoMedia(String brand, String... compatible) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int size = 16 + 4 * compatible.length;
		out.writeBytes(new byte[] { 0, 0, 0, (byte) size });
		out.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(new byte[] { 0, 0, 2, 0 });
		for (String c : compatible) {
			out.writeBytes(c.getBytes(StandardCharsets.US_ASCII));
		}
		out.writeBytes(new byte[] { 0, 0, 0, 8, 'f', 'r', 'e', 'e' });
		out.writeBytes(new byte[256]);
		return out.toByteArray();
	}

	private static byte[] ooxml(String mainPart) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(
					"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
						.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(mainPart));
			zip.write("<?xml version=\"1.0\"?><root/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A file as a form would send it.
	 * @param name its name
	 * @param content its content
	 * @return the file, not yet checked
	 */
	public static Upload upload(String name, byte[] content) {
		return new Upload(name, content.length, new ByteArrayResource(content));
	}

}
