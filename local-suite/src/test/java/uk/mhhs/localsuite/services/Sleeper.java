package uk.mhhs.localsuite.services;

/** A stand-in service process for the watchdog test: does nothing for a minute. */
public final class Sleeper {

    private Sleeper() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("sleeping");
        Thread.sleep(60_000);
    }
}
