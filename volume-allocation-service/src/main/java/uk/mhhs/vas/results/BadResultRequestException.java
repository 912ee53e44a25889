package uk.mhhs.vas.results;

/** A results request with a parameter out of form (answered 400). */
class BadResultRequestException extends RuntimeException {

    BadResultRequestException(String message) {
        super(message);
    }
}
