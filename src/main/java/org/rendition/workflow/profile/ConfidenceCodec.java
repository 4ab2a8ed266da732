package org.rendition.workflow.profile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rendition.engine.confidence.HallucinationSign;
import org.rendition.engine.confidence.ScoredWord;
import org.rendition.engine.confidence.SourceWord;
import org.rendition.engine.confidence.TranslationConfidence;

/**
 * A {@link TranslationConfidence} as one line of text for the saved segment's row: the fields in
 * binary, Base64 encoded. Compact (a sentence's scores are a few hundred bytes) and read back
 * exactly; a version byte leads, so a later layout can still read rows written by this one.
 */
final class ConfidenceCodec {
    private static final int VERSION = 1;

    private ConfidenceCodec() {
    }

    static String encode(TranslationConfidence confidence) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeDouble(confidence.confidence());
            out.writeInt(confidence.words().size());
            for (ScoredWord word : confidence.words()) {
                out.writeUTF(word.text());
                out.writeInt(word.start());
                out.writeInt(word.end());
                out.writeDouble(word.confidence());
                out.writeInt(word.sourceWords().size());
                for (int source : word.sourceWords()) {
                    out.writeInt(source);
                }
            }
            out.writeInt(confidence.sourceWords().size());
            for (SourceWord word : confidence.sourceWords()) {
                out.writeUTF(word.text());
                out.writeInt(word.start());
                out.writeInt(word.end());
                out.writeDouble(word.attention());
            }
            out.writeInt(confidence.signs().size());
            for (HallucinationSign sign : confidence.signs()) {
                out.writeUTF(sign.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** The confidence {@link #encode} wrote; empty for a row it cannot read (written by a later version, or damaged). */
    static Optional<TranslationConfidence> decode(String encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(encoded)))) {
            if (in.readByte() != VERSION) {
                return Optional.empty();
            }
            double confidence = in.readDouble();
            List<ScoredWord> words = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                String text = in.readUTF();
                int start = in.readInt();
                int end = in.readInt();
                double score = in.readDouble();
                List<Integer> sources = new ArrayList<>();
                for (int j = in.readInt(); j > 0; j--) {
                    sources.add(in.readInt());
                }
                words.add(new ScoredWord(text, start, end, score, sources));
            }
            List<SourceWord> sourceWords = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                sourceWords.add(new SourceWord(in.readUTF(), in.readInt(), in.readInt(), in.readDouble()));
            }
            Set<HallucinationSign> signs = EnumSet.noneOf(HallucinationSign.class);
            for (int i = in.readInt(); i > 0; i--) {
                signs.add(HallucinationSign.valueOf(in.readUTF()));
            }
            return Optional.of(new TranslationConfidence(confidence, words, sourceWords, signs));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
