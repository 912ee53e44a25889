package uk.mhhs.localsuite.health;

/** How to reach a service: plain HTTP, HTTPS, or whichever answers (HTTPS tried first). */
public enum Scheme {
    AUTO, HTTP, HTTPS
}
