package uk.nhs.greenbench.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a lower or a higher value is better. */
public enum Polarity {
    LOW_IS_GOOD("low_is_good"), HIGH_IS_GOOD("high_is_good");

    private final String id;

    Polarity(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Polarity of(String id) {
        for (Polarity p : values()) if (p.id.equals(id)) return p;
        throw new IllegalArgumentException("polarity must be \"low_is_good\" or \"high_is_good\", not \"" + id + "\"");
    }
}
