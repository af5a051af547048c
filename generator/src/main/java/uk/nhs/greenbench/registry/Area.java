package uk.nhs.greenbench.registry;

/** An ICS (ICB) or NHS region: the code and name greenbench reports it under. */
public record Area(String code, String name) {
}
