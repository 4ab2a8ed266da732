package org.rendition.text;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InputTextTest {
    @Test
    void utf8TextIsDecoded() throws InvalidInputException {
        assertEquals(SampleTexts.ARABIC, InputText.decode(SampleTexts.ARABIC.getBytes(UTF_8), "news.txt"));
    }

    @Test
    void byteOrderMarkIsDropped() throws InvalidInputException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Привет".getBytes(UTF_8));
        assertEquals("Привет", InputText.decode(bytes, "greeting.txt"));
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() {
        byte[] good = "Цена: ".getBytes(UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xA3, '5'});
        InvalidInputException refused = refuse(bytes, "prices.txt");
        assertEquals(InvalidInputException.Reason.NOT_UTF8, refused.reason());
        assertEquals("'prices.txt' is not valid UTF-8 text (first bad byte at offset " + good.length
            + "). Save it as UTF-8 and try again.", refused.getMessage());
    }

    @Test
    void byteOffsetCountsFromTheStartOfTheFile() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', (byte) 0xC3, '('};
        assertEquals("'x.txt' is not valid UTF-8 text (first bad byte at offset 5). "
            + "Save it as UTF-8 and try again.", refuse(bytes, "x.txt").getMessage());
    }

    @Test
    void characterCutOffAtTheEndIsRefused() {
        byte[] whole = "Да".getBytes(UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        assertEquals("'cut.txt' is not valid UTF-8 text (first bad byte at offset 2). "
            + "Save it as UTF-8 and try again.", refuse(cut, "cut.txt").getMessage());
    }

    @Test
    void binaryFileIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        InvalidInputException refused = refuse(png, "x.bin");
        assertEquals(InvalidInputException.Reason.BINARY, refused.reason());
        assertEquals("'x.bin' looks like a binary file, not text. "
            + "Choose a plain-text file saved as UTF-8.", refused.getMessage());
    }

    @Test
    void fileFullOfControlCharactersIsRefusedAsBinary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            bytes.write(i % 2 == 0 ? 0x01 + i % 8 : 'a');
        }
        assertEquals(InvalidInputException.Reason.BINARY, refuse(bytes.toByteArray(), "dump").reason());
    }

    @Test
    void utf16FileWithByteOrderMarkIsRefusedAsNotUtf8() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Привет".getBytes(UTF_16LE));
        InvalidInputException refused = refuse(bytes, "wide.txt");
        assertEquals(InvalidInputException.Reason.NOT_UTF8, refused.reason());
        assertEquals("'wide.txt' is saved as UTF-16, not UTF-8. Save it as UTF-8 and try again.",
            refused.getMessage());
    }

    @Test
    void utf16FileWithoutByteOrderMarkIsRefusedRatherThanGarbled() {
        byte[] bytes = "Hello".getBytes(UTF_16LE);
        assertEquals(InvalidInputException.Reason.BINARY, refuse(bytes, "wide.txt").reason());
    }

    @Test
    void emptyInputIsRefused() {
        InvalidInputException refused = refuse(new byte[0], "notes.txt");
        assertEquals(InvalidInputException.Reason.EMPTY, refused.reason());
        assertEquals("'notes.txt' is empty: there is nothing to translate.", refused.getMessage());
        assertEquals("notes.txt", refused.sourceName());
    }

    @Test
    void whitespaceOnlyInputIsRefusedAsEmpty() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, " \r\n\t\n".getBytes(UTF_8));
        assertEquals(InvalidInputException.Reason.EMPTY, refuse(bytes, "blank.txt").reason());
    }

    private static InvalidInputException refuse(byte[] bytes, String name) {
        return assertThrows(InvalidInputException.class, () -> InputText.decode(bytes, name));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
