import java.io.IOException;
import java.net.SocketPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.Permission;

/**
 * The Java half of prove-offline.sh's watch for network use (strace watches the native half). Put
 * on the boot class path of the installed launcher through JAVA_TOOL_OPTIONS:
 * {@code -Xbootclasspath/a:guard.jar -Djava.security.manager=NetworkGuard -Dnetwork.guard.log=FILE}.
 * The JDK checks a SocketPermission before every DNS lookup, connect, listen and accept; each one
 * is appended to the log with the first caller outside java.base, and refused. Every other
 * permission is granted, so the application runs as it would without a security manager.
 */
public final class NetworkGuard extends SecurityManager {
    private final Path log = Path.of(System.getProperty("network.guard.log", "network-attempts.log"));

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof SocketPermission) {
            try {
                Files.writeString(log, permission.getName() + " " + permission.getActions() + " from " + caller() + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // The refusal below still stops the attempt; the script also sees it in strace.
            }
            throw new SecurityException("network use refused: " + permission);
        }
    }

    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(NetworkGuard.class.getName())
                        && !frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("sun.net."))
                .findFirst().map(frame -> frame.getClassName() + "." + frame.getMethodName()).orElse("?"));
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }
}
