package uk.mhhs.localsuite.demo;

/** The demo day cannot go on: a call was refused, a phase timed out, a check did not hold. */
public class DemoFailure extends RuntimeException {

    public DemoFailure(String message) {
        super(message);
    }
}
