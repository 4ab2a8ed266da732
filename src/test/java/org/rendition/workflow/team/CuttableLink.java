package org.rendition.workflow.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A network link to the team server that a test can cut and mend, as a pulled cable or a
 * rebooting switch would: clients connect to {@link #port()} on loopback, bytes are copied both
 * ways, {@link #cut()} drops every connection and refuses new ones, {@link #mend()} listens again
 * on the same port.
 */
final class CuttableLink implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listener;

    CuttableLink(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        mend();
    }

    int port() {
        return port;
    }

    void mend() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listener = socket;
        Thread accepting = new Thread(() -> accept(socket), "cuttable-link-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    void cut() throws IOException {
        listener.close();
        for (Socket s : open) {
            s.close();
        }
        open.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread copy = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: the other goes with it below
            }
            try {
                from.close();
                to.close();
            } catch (IOException e) {
                // already closed
            }
        }, "cuttable-link-copy");
        copy.setDaemon(true);
        copy.start();
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
