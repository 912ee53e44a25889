package uk.mhhs.vas.calculation;

/** A run's inputs cannot be allocated; the message says why and becomes the failed run's reason. */
public class AllocationException extends RuntimeException {

    public AllocationException(String message) {
        super(message);
    }
}
