package uk.nhs.greenbench.factor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import uk.nhs.greenbench.ingest.InputException;
import uk.nhs.greenbench.ingest.JsonMessages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Chooses the carbon factors for a data year. Financial years up to 2020-21 take the SDU table's own column;
 * later years take the DESNZ flat file of the calendar year the financial year starts in (2023-24 → 2023),
 * as the SDU table itself pairs them. A factor missing from that set comes from the nearest earlier set
 * that has it, and the {@link Factor} says so.
 */
public final class FactorLibrary {
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Config(String sduTable, List<DesnzSet> desnzSets, List<FactorDefinition> factors, List<String> notes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DesnzSet(int year, String file) {
    }

    private final Path home;
    private final Config config;
    private final Map<String, FactorDefinition> definitions = new LinkedHashMap<>();
    // Each factor file is parsed once per process, whichever library, run or year asks for it (years are computed in parallel).
    private static final ParsedFactorFiles<DesnzFlatFile> DESNZ_FILES = new ParsedFactorFiles<>(DesnzFlatFile::read);
    private static final ParsedFactorFiles<SduFactorTable> SDU_FILES = new ParsedFactorFiles<>(SduFactorTable::read);

    private FactorLibrary(Path home, Config config) {
        this.home = home;
        this.config = config;
        for (FactorDefinition d : config.factors()) definitions.put(d.id(), d);
    }

    /** @param home the project folder; paths inside {@code factors.json} are relative to it */
    public static FactorLibrary load(Path factorsJson, Path home) {
        Config config;
        try {
            config = new ObjectMapper().readValue(factorsJson.toFile(), Config.class);
        } catch (IOException e) {
            throw new InputException(JsonMessages.describe(factorsJson, e), e);
        }
        for (FactorDefinition d : config.factors()) {
            if (d.id() == null || d.id().isBlank()) throw new InputException(factorsJson + ": a factor has no \"id\"");
            if (d.sdu().isEmpty() && d.desnz().isEmpty() && d.fixed() == null) {
                throw new InputException(factorsJson + ": factor \"" + d.id() + "\" names no SDU row, DESNZ row or fixed value");
            }
        }
        return new FactorLibrary(home, config);
    }

    public Map<String, FactorDefinition> definitions() {
        return definitions;
    }

    public List<String> notes() {
        return config.notes() == null ? List.of() : config.notes();
    }

    public boolean contains(String id) {
        return definitions.containsKey(id);
    }

    /** Bundled files actually read, as paths relative to home (for the run manifest). */
    public List<String> filesFor(FactorSet set) {
        List<String> files = new ArrayList<>();
        if (set.label().startsWith("SDU") || set.factors().values().stream().anyMatch(f -> f.setYear().startsWith("SDU"))) {
            files.add(config.sduTable());
        }
        for (DesnzSet d : config.desnzSets()) {
            String label = "DESNZ " + d.year();
            if (set.factors().values().stream().anyMatch(f -> f.setYear().equals(label))) files.add(d.file());
        }
        return files;
    }

    public Path resolve(String relative) {
        return home.resolve(relative);
    }

    public FactorSet forYear(String financialYear) {
        if (!uk.nhs.greenbench.model.FinancialYear.isValid(financialYear)) {
            throw new InputException("year \"" + financialYear + "\": expected a financial year such as 2023-24");
        }
        int start = uk.nhs.greenbench.model.FinancialYear.startOf(financialYear);
        SduFactorTable table = sdu();
        List<String> notes = new ArrayList<>();
        Map<String, Factor> factors = new LinkedHashMap<>();
        if (table.hasYear(financialYear)) {
            for (FactorDefinition d : definitions.values()) {
                Factor f = fromSdu(d, financialYear, "");
                if (f == null) f = fixed(d);
                if (f != null) factors.put(d.id(), f);
            }
            notes.add("Factors for " + financialYear + " are the SDU reporting portal's column " + financialYear
                    + " (" + table.fileName() + ").");
            return new FactorSet(financialYear, "SDU " + financialYear, factors, notes);
        }
        List<DesnzSet> earlier = config.desnzSets().stream().filter(s -> s.year() <= start)
                .sorted(Comparator.comparingInt(DesnzSet::year).reversed()).toList();
        if (earlier.isEmpty()) {
            throw new InputException("No carbon factor set covers " + financialYear + ": the SDU table has "
                    + table.years().get(0) + " to " + table.years().get(table.years().size() - 1)
                    + " and the first bundled DESNZ set is " + config.desnzSets().stream().mapToInt(DesnzSet::year).min().orElse(0));
        }
        int primary = earlier.get(0).year();
        if (primary != start) {
            notes.add("No DESNZ " + start + " factor set is bundled; the nearest earlier set, DESNZ " + primary
                    + ", is used for " + financialYear + ".");
        } else {
            notes.add("Financial year " + financialYear + " uses the DESNZ " + start
                    + " set (the calendar year the financial year starts in), as the SDU table paired them.");
        }
        for (FactorDefinition d : definitions.values()) {
            Factor f = fixed(d);
            if (f == null) {
                for (DesnzSet s : earlier) {
                    f = fromDesnz(d, s, s.year() == start ? "" : "DESNZ " + start + (s.year() == primary
                            ? " not bundled" : " has no such factor") + "; DESNZ " + s.year() + " used");
                    if (f != null) break;
                }
            }
            if (f == null && !d.sdu().isEmpty()) {
                String last = table.years().get(table.years().size() - 1);
                f = fromSdu(d, last, "no DESNZ set up to " + start + " has this factor; SDU " + last + " used");
            }
            if (f != null) factors.put(d.id(), f);
        }
        return new FactorSet(financialYear, "DESNZ " + primary, factors, notes);
    }

    private static Factor fixed(FactorDefinition d) {
        if (d.fixed() == null) return null;
        return new Factor(d.id(), d.title(), d.fixed().value(), d.unit(), "fixed", d.fixed().source(), "");
    }

    private Factor fromSdu(FactorDefinition d, String year, String fallback) {
        if (d.sdu().isEmpty()) return null;
        double sum = 0;
        List<String> cites = new ArrayList<>();
        for (String name : d.sdu()) {
            OptionalDouble v = sdu().value(name, year);
            if (v.isEmpty()) return null;
            sum += v.getAsDouble();
            cites.add("\"" + name + "\" (row " + sdu().rowOf(name) + ")");
        }
        String cite = sdu().fileName() + ", column " + year + ": " + String.join(" + ", cites);
        if (d.sduScale() != null) cite += " x " + java.math.BigDecimal.valueOf(d.sduScale()).stripTrailingZeros().toPlainString()
                + (d.sduNote() == null ? "" : " (" + d.sduNote() + ")");
        return new Factor(d.id(), d.title(), sum * d.sduScaleOrOne(), d.unit(), "SDU " + year, cite, fallback);
    }

    private Factor fromDesnz(FactorDefinition d, DesnzSet set, String fallback) {
        if (d.desnz().isEmpty()) return null;
        DesnzFlatFile file = desnz(set);
        double sum = 0;
        List<String> cites = new ArrayList<>();
        for (FactorDefinition.DesnzSelector s : d.desnz()) {
            List<DesnzFlatFile.Row> rows = file.find(s);
            if (rows.isEmpty()) return null;
            double v = rows.get(0).value();
            for (DesnzFlatFile.Row r : rows) {
                if (r.value() != v) {
                    throw new InputException("factors/factors.json: factor \"" + d.id() + "\" component \"" + s.label()
                            + "\" matches " + rows.size() + " rows with different values in " + file.fileName()
                            + " (rows " + rows.stream().map(x -> String.valueOf(x.rowNumber())).toList() + ")");
                }
            }
            sum += v;
            cites.add(s.label() + " (row " + rows.get(0).rowNumber() + ")");
        }
        return new Factor(d.id(), d.title(), sum, d.unit(), "DESNZ " + set.year(), file.fileName() + ": " + String.join(" + ", cites), fallback);
    }

    private SduFactorTable sdu() {
        return SDU_FILES.get(home.resolve(config.sduTable()));
    }

    private DesnzFlatFile desnz(DesnzSet set) {
        return DESNZ_FILES.get(home.resolve(set.file()));
    }
}
