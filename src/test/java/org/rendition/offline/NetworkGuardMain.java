package org.rendition.offline;

import java.io.IOException;
import java.net.SocketPermission;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.rendition.engine.DecodingOptions;
import org.rendition.engine.OfflineMode;
import org.rendition.engine.decode.CancelSignal;
import org.rendition.engine.pack.ImportRequest;
import org.rendition.engine.pack.ModelLibrary;
import org.rendition.text.Language;
import org.rendition.workflow.translate.TextTranslation;

/**
 * Run in a child JVM by {@link NoNetworkTest}: installs a security manager that records (and
 * refuses) every socket permission check, which the JDK makes before any DNS lookup, connect,
 * listen or accept, then imports packs and translates with both architectures. Exit 0 means not a
 * single network operation was attempted.
 */
public final class NetworkGuardMain {
    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    private NetworkGuardMain() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission) {
                    ATTEMPTS.add(permission.getName() + " " + permission.getActions());
                    throw new SecurityException("network use refused: " + permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
        OfflineMode.enforce();
        if (args.length > 1 && args[1].equals("--prove-guard")) {
            // The guard must see a deliberate connection, or its silence proves nothing.
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", 9)) {
                System.err.println("connected?");
            } catch (SecurityException | IOException expected) {
                System.err.println("NETWORK ATTEMPTS: " + ATTEMPTS);
            }
            System.exit(ATTEMPTS.isEmpty() ? 0 : 3);
        }
        Path shared = Path.of(args[0]);
        Path models = Files.createTempDirectory("rendition-offline-");
        ModelLibrary library = new ModelLibrary(models);
        library.importFrom(shared.resolve("models/tiny-nllb"), ImportRequest.defaults());
        library.importFrom(shared.resolve("models/tiny-marian-zh-en"), ImportRequest.defaults());
        try (TextTranslation translation = new TextTranslation(models)) {
            String russian = translation.translate("Министерство обороны сообщило о начале учений.\n\nОни продлятся неделю.",
                    Optional.empty(), Language.ENGLISH, Optional.empty(), DecodingOptions.modelDefaults(),
                    CancelSignal.NEVER).text();
            String chinese = translation.translate("我们现在有四个月大的老鼠。", Optional.of(Language.CHINESE),
                    Language.ENGLISH, Optional.empty(), DecodingOptions.modelDefaults(), CancelSignal.NEVER).text();
            System.out.println(russian.replace('\n', ' ') + " | " + chinese);
        }
        if (!ATTEMPTS.isEmpty()) {
            System.err.println("NETWORK ATTEMPTS: " + ATTEMPTS);
            System.exit(3);
        }
        System.exit(0);
    }
}
