package uk.nhs.greenbench.model;


import java.util.List;

/**
 * One organisation's indicator across the bundled years: each year's value, the change since the baseline (the
 * earliest year comparable with the latest), and for carbon totals the split of that change and the Net Zero check.
 *
 * @param comparableFrom    the first year comparable with the latest, or empty when all are
 * @param comparabilityNote why earlier years are not comparable, or empty
 * @param split             the carbon change split into factors and consumption, or null
 * @param netZero           the Net Zero trajectory check, or null
 * @param likeForLike       for an area, the change over the trusts with a value in both years, or null
 * @param flags             e.g. {@code check_the_data(2019-20 to 2023-24: -62%)}, {@code single_year}
 */
public record TrendRow(OrgRef org, String indicator, String theme, String unit, String polarity, List<YearValue> years,
                       String baselineYear, Double baselineValue, String latestYear, Double latestValue, Double change,
                       Double changePct, String comparableFrom, String comparabilityNote, CarbonSplit split,
                       NetZeroCheck netZero, LikeForLike likeForLike, List<Flag> flags) {
    public TrendRow {
        years = List.copyOf(years);
        flags = List.copyOf(flags);
    }

    public boolean has(Flag.Code code) {
        for (Flag f : flags) if (f.is(code)) return true;
        return false;
    }

    public YearValue latest() {
        for (int i = years.size() - 1; i >= 0; i--) if (years.get(i).year().equals(latestYear)) return years.get(i);
        return null;
    }
}
