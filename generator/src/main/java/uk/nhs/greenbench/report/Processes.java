package uk.nhs.greenbench.report;

/** Whether the process that left a folder behind is still at work. */
public final class Processes {
    private Processes() {
    }

    /** A killed process not yet reaped by its parent (a zombie) has no command, and is not running. */
    public static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(h -> h.info().command().isPresent()).orElse(false);
    }
}
