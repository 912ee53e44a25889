package uk.mhhs.localsuite;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Whether a TCP port on this machine is free to listen on. */
public final class Ports {

    private Ports() {
    }

    /** True when nothing answers on the port and it can be bound on every interface. */
    public static boolean isFree(int port) {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return false;
        } catch (IOException expected) {
            // nothing listens on loopback; now make sure no one holds it on another interface
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a message that says what to do when {@code port} is taken. */
    public static void requireFree(int port, String owner, String setting) {
        if (!isFree(port)) {
            throw new IllegalStateException("port " + port + " for " + owner + " is already in use: stop what"
                    + " listens there (a previous local suite?) or choose another with --" + setting + "=<port>");
        }
    }
}
