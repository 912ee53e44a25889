package uk.mhhs.vas.runs;

/** A state change the run's state machine does not allow; the message says which and why (the API's 409). */
public class IllegalRunTransition extends RuntimeException {

    public IllegalRunTransition(String message) {
        super(message);
    }
}
