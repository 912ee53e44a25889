package uk.mhhs.gateway.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to its addresses (the system resolver; tests stand in a name server of their own). */
@FunctionalInterface
public interface HostResolver {

    /** The system's resolver ({@link InetAddress#getAllByName}). */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
