package uk.mhhs.localsuite.services;

/** A stand-in service process for the watchdog test: does nothing for a minute. */
public final class Sleeper {

    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("sleeping");
        // a process that only waits to be killed (or gives up after a minute)
        new java.util.concurrent.CountDownLatch(1).await(60, java.util.concurrent.TimeUnit.SECONDS);
    }
}
