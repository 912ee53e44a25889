package uk.mhhs.lss.rules;

/** The flag published with each period value of a load shape. */
public final class ShapeFlag {
    /** Actual: the category's own sample was large enough. */
    public static final String ACTUAL = "A";
    /** Default: a coarser level of the fallback ladder (domestic any, national, national any) was used. */
    public static final String DEFAULT = "D";
    /** Estimated: no level had enough sample but some actual data exists; the back-stop was used. */
    public static final String ESTIMATED = "E";
    /** Back-stop: no actual data at all at any level of the ladder; the back-stop was used. */
    public static final String BACK_STOP = "B";

    private ShapeFlag() {}
}
