package io.quizhall.storage;

import io.quizhall.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.springframework.core.io.InputStreamSource;

/**
 * Decides whether a PDF may be kept (for an activity). PDFs with active content are <b>refused, not neutralised</b>:
 * rewriting a PDF means trusting a writer with a hostile file and serving bytes the teacher never saw, while a
 * refusal keeps the stored file byte for byte what was uploaded, and the teacher can re-save it without the
 * offending part ("Print to PDF"). Refused:
 *
 * <ul>
 *   <li>anything after the last {@code %%EOF} but white space (a PDF with an archive or a page appended: a polyglot);
 *   <li>more pages than allowed (counted from the page tree before any page is read);
 *   <li>encryption, with or without a user password (we could not look inside);
 *   <li>scripts and actions that leave the document or run something: any {@code /JS} entry and any action of type
 *       JavaScript, Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition, Movie, Sound or RichMediaExecute —
 *       wherever they sit (document open action, page and annotation actions, form fields, name trees), because every
 *       object in the file is visited, not only the places a viewer looks first;
 *   <li>attached files ({@code /EmbeddedFile}, {@code /EF}) and XFA forms.
 * </ul>
 *
 * Links to web pages ({@code URI} actions) and jumps inside the document stay. pdfbox is only loaded (lazily, by
 * the first PDF upload) to read the structure; nothing is rendered. The size limit is checked before this runs.
 */
final class PdfChecks {

    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** Action types that run code, open other files or programs, or send form data somewhere. */
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(
            COSName.JAVA_SCRIPT,
            COSName.getPDFName("Launch"),
            COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("ImportData"),
            COSName.getPDFName("GoToR"),
            COSName.getPDFName("GoToE"),
            COSName.getPDFName("Rendition"),
            COSName.getPDFName("Movie"),
            COSName.getPDFName("Sound"),
            COSName.getPDFName("RichMediaExecute"));

    /** Nested direct objects deeper than this are no PDF a person made. */
    private static final int MAX_DEPTH = 64;

    private PdfChecks() {}

    static void check(InputStreamSource content, int maxPages) throws IOException {
        byte[] bytes;
        try (InputStream in = content.getInputStream()) {
            bytes = in.readAllBytes();
        }
        if (!startsWithHeader(bytes) || !endsAtEof(bytes)) {
            throw StorageExceptions.malformed(UploadInspector.PDF);
        }
        try (PDDocument document =
                Loader.loadPDF(new RandomAccessReadBuffer(bytes), IOUtils.createMemoryOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw StorageExceptions.pdfRefused("it is encrypted");
            }
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                throw StorageExceptions.tooManyPages(maxPages);
            }
            if (pages < 1) {
                throw StorageExceptions.malformed(UploadInspector.PDF);
            }
            checkEveryObject(document.getDocument());
        } catch (ApiException decided) {
            throw decided;
        } catch (InvalidPasswordException e) {
            throw StorageExceptions.pdfRefused("it is encrypted");
        } catch (IOException | RuntimeException unreadable) {
            // pdfbox could not make sense of it (it repairs what it can): neither can we vouch for it.
            throw StorageExceptions.malformed(UploadInspector.PDF);
        }
    }

    private static boolean startsWithHeader(byte[] bytes) {
        if (bytes.length < HEADER.length) {
            return false;
        }
        for (int i = 0; i < HEADER.length; i++) {
            if (bytes[i] != HEADER[i]) {
                return false;
            }
        }
        return true;
    }

    /** The file ends with {@code %%EOF}, followed by nothing but white space. */
    private static boolean endsAtEof(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && isWhitespace(bytes[end - 1])) {
            end--;
        }
        if (end < END.length) {
            return false;
        }
        for (int i = 0; i < END.length; i++) {
            if (bytes[end - END.length + i] != END[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\r' || b == '\n' || b == '\t' || b == '\f' || b == 0;
    }

    /** Visits every indirect object of the file (also those inside object streams) and the trailer. */
    private static void checkEveryObject(COSDocument document) throws IOException {
        check(document.getTrailer(), 0);
        for (COSObjectKey key : Set.copyOf(document.getXrefTable().keySet())) {
            COSObject object = document.getObjectFromPool(key);
            check(object.getObject(), 0);
        }
    }

    /** Checks a direct object and the direct objects inside it; references are visited as objects of their own. */
    private static void check(COSBase value, int depth) {
        if (depth > MAX_DEPTH) {
            throw StorageExceptions.malformed(UploadInspector.PDF);
        }
        if (value instanceof COSDictionary dictionary) {
            COSName action = dictionary.getCOSName(COSName.S);
            if (dictionary.containsKey(COSName.JS) || (action != null && ACTIVE_ACTIONS.contains(action))) {
                throw StorageExceptions.pdfRefused("it contains scripts or actions that run or open something");
            }
            if (dictionary.containsKey(COSName.EF)
                    || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))) {
                throw StorageExceptions.pdfRefused("it has attached files");
            }
            if (dictionary.containsKey(COSName.getPDFName("XFA"))) {
                throw StorageExceptions.pdfRefused("it contains an XFA form");
            }
            for (COSBase item : dictionary.getValues()) {
                if (!(item instanceof COSObject)) {
                    check(item, depth + 1);
                }
            }
        } else if (value instanceof COSArray array) {
            for (COSBase item : array) {
                if (!(item instanceof COSObject)) {
                    check(item, depth + 1);
                }
            }
        }
    }
}
