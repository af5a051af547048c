package uk.nhs.greenbench.cli;

/** The documented exit codes (also in README.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unexpected internal error (a bug): please report it with the stack trace printed. */
    public static final int INTERNAL = 1;
    /** The command line was wrong (unknown option, bad year format). */
    public static final int USAGE = 2;
    /** An input file or definition is bad: the message names the file, row and column. */
    public static final int INPUT = 3;
    /** The pack could not be written; any previous pack is left as it was. */
    public static final int OUTPUT = 4;

    private ExitCodes() {
    }
}
