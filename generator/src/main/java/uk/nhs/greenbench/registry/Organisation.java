package uk.nhs.greenbench.registry;

/** A trust as the ODS knows it: its ICB (ICS) and NHS England region, and when it closed, if it has. */
public record Organisation(String code, String name, String regionCode, String icbCode, String openDate,
                           String closeDate) {
    public boolean isClosed() {
        return closeDate != null && !closeDate.isBlank();
    }
}
