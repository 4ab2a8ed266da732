package org.rendition.documents.ocr;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.FloatByReference;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of Tesseract's C API ({@code tesseract/capi.h}) Rendition calls, mapped directly onto
 * the system's {@code libtesseract} through JNA. Every pointer here is a native handle: the
 * classes of this package own each one in an {@link AutoCloseable} and free it exactly once.
 * Why a mapping of our own rather than Tess4J or the JavaCPP presets:
 * {@code docs/decisions/0010-ocr-binding.md}.
 */
final class TesseractLibrary {
    /** {@code tesseract::PageIteratorLevel}: how much text one step of an iterator covers. */
    static final int LEVEL_PARAGRAPH = 1;
    static final int LEVEL_TEXTLINE = 2;

    /** {@code tesseract::PageSegMode}: a page of unknown layout, and orientation/script only. */
    static final int PSM_OSD_ONLY = 0;
    static final int PSM_AUTO = 3;

    private static final Throwable LOAD_FAILURE = register();

    private TesseractLibrary() {
    }

    private static Throwable register() {
        try {
            // JNA finds Debian's libtesseract.so.5 by its versioned name; the unversioned link
            // comes only with the -dev package.
            Native.register(TesseractLibrary.class, "tesseract");
            return null;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return e;
        }
    }

    /**
     * Throws when the library could not be loaded, with a sentence saying what to install.
     *
     * @throws OcrException when libtesseract is missing or unusable
     */
    static void requireLoaded() throws OcrException {
        if (LOAD_FAILURE != null) {
            // JNA's message lists every folder it searched: kept in the cause, not put in the sentence.
            throw new OcrException("The OCR engine (Tesseract's libtesseract) is not installed; install the Debian "
                + "package libtesseract5 (or tesseract-ocr), or reinstall Rendition.", LOAD_FAILURE);
        }
    }

    static native String TessVersion();

    static native void TessDeleteText(Pointer text);

    static native Pointer TessBaseAPICreate();

    static native void TessBaseAPIDelete(Pointer api);

    static native int TessBaseAPIInit3(Pointer api, String dataPath, String language);

    static native void TessBaseAPIEnd(Pointer api);

    static native int TessBaseAPISetVariable(Pointer api, String name, String value);

    static native void TessBaseAPISetPageSegMode(Pointer api, int mode);

    /** Tesseract copies the pixels, so the array need only live for the call. */
    static native void TessBaseAPISetImage(Pointer api, byte[] data, int width, int height, int bytesPerPixel,
                                           int bytesPerLine);

    static native void TessBaseAPISetSourceResolution(Pointer api, int dpi);

    static native int TessBaseAPIRecognize(Pointer api, Pointer monitor);

    static native int TessBaseAPIDetectOrientationScript(Pointer api, IntByReference orientationDegrees,
                                                         FloatByReference orientationConfidence,
                                                         PointerByReference scriptName,
                                                         FloatByReference scriptConfidence);

    static native void TessBaseAPIClear(Pointer api);

    static native Pointer TessBaseAPIGetIterator(Pointer api);

    static native Pointer TessResultIteratorGetPageIterator(Pointer resultIterator);

    static native void TessResultIteratorDelete(Pointer resultIterator);

    static native int TessResultIteratorNext(Pointer resultIterator, int level);

    static native Pointer TessResultIteratorGetUTF8Text(Pointer resultIterator, int level);

    static native float TessResultIteratorConfidence(Pointer resultIterator, int level);

    static native int TessPageIteratorBoundingBox(Pointer pageIterator, int level, IntByReference left,
                                                  IntByReference top, IntByReference right, IntByReference bottom);

    static native Pointer TessMonitorCreate();

    static native void TessMonitorDelete(Pointer monitor);

    static native void TessMonitorSetDeadlineMSecs(Pointer monitor, int deadline);
}
