import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by build-installer.sh as a single-file program on the application's class path:
 * {@code java -cp 'target/lib/*' installer/lib/PrepareNatives.java DIR}.
 *
 * <p>Lets DJL itself extract libtorch, its JNI bridge, the HuggingFace tokenizers library and
 * SentencePiece into DIR, laid out exactly as DJL's engine cache. The installed launcher points
 * {@code ENGINE_CACHE_DIR} at that folder, so DJL finds every library already in place and never
 * writes one: the installation can be read-only and shared by every user of the machine, and no
 * user's first run has to unpack half a gigabyte. Letting DJL do the extraction (rather than
 * unzipping the jars here) keeps the folder names (e.g. {@code 2.7.1-20250812-cpu-linux-x86_64})
 * whatever DJL release the project pins.
 */
public final class PrepareNatives {
    private PrepareNatives() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp 'target/lib/*' PrepareNatives.java ENGINE_CACHE_DIR");
            System.exit(2);
        }
        Path cache = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(cache);
        System.setProperty("ENGINE_CACHE_DIR", cache.toString());
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("PYTORCH_FLAVOR", "cpu");
        System.setProperty("OPT_OUT_TRACKING", "true");
        if (System.getenv("ENGINE_CACHE_DIR") != null) {
            // DJL reads the environment before system properties; it would extract elsewhere.
            System.err.println("Unset ENGINE_CACHE_DIR before preparing the native libraries.");
            System.exit(2);
        }
        ai.djl.pytorch.jni.LibUtils.loadLibrary();
        ai.djl.huggingface.tokenizers.jni.LibUtils.checkStatus();
        ai.djl.sentencepiece.jni.LibUtils.loadLibrary();
        System.out.println("PyTorch " + ai.djl.pytorch.jni.LibUtils.getVersion() + " native libraries in "
                + ai.djl.pytorch.jni.LibUtils.getLibtorchPath());
    }
}
