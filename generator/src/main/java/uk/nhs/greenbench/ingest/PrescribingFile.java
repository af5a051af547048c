package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenPrescribing's measure download for {@code environmental_inhalers} (MDI items and all inhaler items, BNF chapter 3
 * excluding salbutamol; the definition is bundled in {@code data/prescribing/environmental_inhalers.json}): one row per
 * organisation and month with at least an organisation code, a date, the numerator and the denominator. Rows for
 * ICBs or for sub-ICB locations (rolled up to their ICB through the ODS list) are summed to each ICB's financial year,
 * April to March. Read as strictly as ERIC: every problem is reported with row and column, and the file is refused.
 */
public final class PrescribingFile {
    public static final String MEASURE = "environmental_inhalers";
    private static final List<String> ORG_COLUMNS = List.of("org_id", "org_code", "org", "icb_id", "stp_id", "sicbl_id", "ccg_id", "pct_id", "pct");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-\\d{2})?");
    private static final int MAX_LISTED = 20;

    /** One ICB's sums for one financial year. */
    public record IcbYear(String year, String icbCode, double mdiItems, double inhalerItems, int months, String rows) {
    }

    private final Path path;
    private final String sha256;
    private final Map<String, Map<String, IcbYear>> byYear;

    private PrescribingFile(Path path, String sha256, Map<String, Map<String, IcbYear>> byYear) {
        this.path = path;
        this.sha256 = sha256;
        this.byYear = byYear;
    }

    /** @param icbOf an organisation code (ICB or sub-ICB location) → its ICB code, or null when not known */
    public static PrescribingFile read(Path file, Function<String, String> icbOf) {
        String name = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        int problemCount = 0;
        Map<String, Map<String, double[]>> sums = new TreeMap<>();
        Map<String, Map<String, TreeSet<String>>> months = new TreeMap<>();
        Map<String, Map<String, int[]>> rowRange = new TreeMap<>();
        Map<String, String> seen = new HashMap<>();
        try (Reader in = TextDecoding.detect(file).open(file);
             CSVParser csv = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(in)) {
            Map<String, Integer> col = null;
            String orgHeader = null;
            for (CSVRecord r : csv) {
                int row = (int) r.getRecordNumber();
                if (col == null) {
                    col = header(name, r);
                    orgHeader = r.get(col.get("org")).replace("\uFEFF", "").trim();
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) continue;
                List<String> rowProblems = new ArrayList<>();
                if (col.containsKey("measure") && !cell(r, col, "measure").equals(MEASURE)) {
                    rowProblems.add(at(name, row, "measure", "expected " + MEASURE + " (OpenPrescribing's MDI measure), found \"" + cell(r, col, "measure") + "\""));
                }
                String org = cell(r, col, "org").toUpperCase(Locale.ROOT);
                String icb = icbOf.apply(org);
                if (icb == null) rowProblems.add(at(name, row, orgHeader, "\"" + org + "\" is not an ICB or sub-ICB location in the ODS lists"));
                Matcher d = DATE.matcher(cell(r, col, "date"));
                String year = null, month = null;
                if (d.matches() && Integer.parseInt(d.group(2)) >= 1 && Integer.parseInt(d.group(2)) <= 12) {
                    int y = Integer.parseInt(d.group(1)), m = Integer.parseInt(d.group(2));
                    int start = m >= 4 ? y : y - 1;
                    year = start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
                    month = d.group(1) + "-" + d.group(2);
                } else {
                    rowProblems.add(at(name, row, "date", "expected a month such as 2023-04-01, found \"" + cell(r, col, "date") + "\""));
                }
                Double num = number(name, row, "numerator", cell(r, col, "numerator"), rowProblems);
                Double den = number(name, row, "denominator", cell(r, col, "denominator"), rowProblems);
                if (num != null && den != null && num > den) {
                    rowProblems.add(at(name, row, "numerator", "the MDI items (" + cell(r, col, "numerator") + ") exceed all inhaler items (" + cell(r, col, "denominator") + ")"));
                }
                if (rowProblems.isEmpty()) {
                    String earlier = seen.putIfAbsent(org + "|" + month, "row " + row);
                    if (earlier != null) {
                        rowProblems.add(at(name, row, orgHeader, org + " " + month + " is already at " + earlier + "; give each organisation's month once"));
                    } else {
                        double[] s = sums.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(icb, k -> new double[2]);
                        s[0] += num;
                        s[1] += den;
                        months.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(icb, k -> new TreeSet<>()).add(month);
                        int[] range = rowRange.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(icb, k -> new int[]{row, row});
                        range[0] = Math.min(range[0], row);
                        range[1] = Math.max(range[1], row);
                    }
                }
                for (String p : rowProblems) if (problemCount++ < MAX_LISTED) problems.add(p);
            }
            if (col == null) throw InputException.at(name, 1, "", "the file is empty; expected OpenPrescribing's measure CSV");
        } catch (IOException e) {
            throw new InputException("could not read the prescribing file " + file + ": " + InputException.reason(e), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(name + ": not a readable CSV file: " + InputException.reason(e), e);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problemCount + (problemCount == 1 ? " problem" : " problems") + " in the prescribing file " + name + ":\n"
                    + String.join("\n", problems) + (problemCount > MAX_LISTED ? "\n... and " + (problemCount - MAX_LISTED) + " more problems" : ""));
        }
        Map<String, Map<String, IcbYear>> byYear = new TreeMap<>();
        sums.forEach((year, icbs) -> icbs.forEach((icb, s) -> {
            int[] range = rowRange.get(year).get(icb);
            byYear.computeIfAbsent(year, k -> new TreeMap<>()).put(icb, new IcbYear(year, icb, s[0], s[1], months.get(year).get(icb).size(),
                    name + " rows " + range[0] + "-" + range[1]));
        }));
        return new PrescribingFile(file, EricReader.sha256(file), byYear);
    }

    /** Column name → index, with "org" for whichever organisation-code column the file has. */
    private static Map<String, Integer> header(String file, CSVRecord r) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < r.size(); i++) col.putIfAbsent(r.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
        for (String c : ORG_COLUMNS) {
            if (col.containsKey(c)) {
                col.put("org", col.get(c));
                break;
            }
        }
        for (String c : List.of("org", "date", "numerator", "denominator")) {
            if (!col.containsKey(c)) {
                throw InputException.at(file, 1, c.equals("org") ? "org_id" : c, "the header has no such column; OpenPrescribing's measure CSV has "
                        + "an organisation code (org_id), date, numerator and denominator");
            }
        }
        return col;
    }

    private static String cell(CSVRecord r, Map<String, Integer> col, String c) {
        int i = col.get(c);
        return i < r.size() ? r.get(i).trim() : "";
    }

    private static Double number(String file, int row, String column, String raw, List<String> problems) {
        try {
            OptionalDouble v = NumberParser.parse(raw);
            if (v.isEmpty()) {
                problems.add(at(file, row, column, "a number is needed"));
                return null;
            }
            if (v.getAsDouble() < 0) {
                problems.add(at(file, row, column, "expected zero or more, found " + raw));
                return null;
            }
            return v.getAsDouble();
        } catch (NumberParser.NotANumber e) {
            problems.add(at(file, row, column, e.getMessage()));
            return null;
        }
    }

    private static String at(String file, int row, String column, String text) {
        return InputException.at(file, row, column, text).getMessage();
    }

    public Path path() {
        return path;
    }

    public String sha256() {
        return sha256;
    }

    /** ICB code → its sums for the financial year. */
    public Map<String, IcbYear> forYear(String year) {
        return byYear.getOrDefault(year, Map.of());
    }

    public List<String> years() {
        return List.copyOf(byYear.keySet());
    }
}
