package org.rendition.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opening Word documents, and refusing them in words a person can act on. Parts are checked
 * by kind before POI opens them ({@link DocxPackageBudget}).
 */
final class DocxPackages {
    private DocxPackages() {
    }

    static XWPFDocument open(String name, byte[] bytes) throws DocumentException {
        DocxPackageBudget.requireWithinLimits(name, bytes);
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new DocumentException(encrypted(bytes) ? DocumentException.Reason.ENCRYPTED
                : DocumentException.Reason.UNSUPPORTED, "'" + name + "' is an old Word 97-2003 document or a "
                + "password-protected one, not a .docx. Save it as an unprotected .docx in Word and open that.", e);
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package through many runtime types (POIXMLException,
            // NotOfficeXmlFileException, IllegalArgumentException, ClassCastException from a part
            // of the wrong type); for a file someone chose, every one of them means the same thing.
            throw damaged(name, e);
        }
    }

    static DocumentException damaged(String name, Exception e) {
        String why = mentionsZipBomb(e)
            ? "it would expand to far more data than any real document holds, so it was not opened"
            : "it is not a complete Word (.docx) package";
        return new DocumentException(DocumentException.Reason.DAMAGED, "'" + name + "' is damaged or not a Word document: " + why
            + ". Open it in Word and save it again, or ask for a fresh copy.", e);
    }

    /** An encrypted .docx is an OLE2 container holding an {@code EncryptionInfo} stream. */
    private static boolean encrypted(byte[] bytes) {
        byte[] name = "EncryptionInfo".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        outer:
        for (int i = 0; i + name.length <= bytes.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (bytes[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
