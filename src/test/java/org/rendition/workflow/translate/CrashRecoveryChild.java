package org.rendition.workflow.translate;

import org.rendition.documents.Segment;
import org.rendition.workflow.translate.DocumentTranslation;
import org.rendition.workflow.translate.OpenedDocument;
import org.rendition.workflow.translate.SegmentListener;
import java.nio.file.Path;
import java.util.List;
import org.rendition.engine.LanguagePair;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.text.Language;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: works on a document with a profile, says
 * READY, and waits to be killed without closing anything.
 */
public final class CrashRecoveryChild {
    private CrashRecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        LanguagePair pair = new LanguagePair(Language.RUSSIAN, Language.ENGLISH);
        DocumentTranslation workflow = DocumentTranslation.withProfile(Path.of(args[0]), Path.of(args[1]));
        OpenedDocument document = workflow.open(Path.of(args[2]));
        List<Segment> segments = workflow.translate(document, document.segments(), pair, CancelSignal.NEVER,
                SegmentListener.NONE);
        Segment edited = workflow.edit(document, segments.get(0), "The order was carried out on time.");
        workflow.confirm(document, edited, pair);
        // The workstation saves on a writer thread a few milliseconds behind the analyst; READY
        // means "what the analyst did is on disk", so wait for the writer before saying it.
        workflow.flush();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
