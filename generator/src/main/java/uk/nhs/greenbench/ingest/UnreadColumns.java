package uk.nhs.greenbench.ingest;

import uk.nhs.greenbench.quality.QualityIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of a file that look like energy, water or waste measures but that the layout does not read, so an analyst
 * sees what was left out (a renewable electricity column no layout knows, a PFI block's energy cost). A column looks
 * like a measure when its header ends in a quantity or money unit and its header or section is about energy, water or
 * waste; floor areas, beds, backlog costs and the like are not listed.
 */
final class UnreadColumns {
    static final String CODE = "unread_column";
    private static final Pattern UNIT = Pattern.compile("\\((kwh|mwh|gwh|m³|m3|tonnes|litres|£)\\)\\s*$");
    private static final Pattern TOPIC = Pattern.compile(
            "energy|electric|gas|oil|coal|steam|hot water|water|sewage|waste|chp|renewable|fuel|solar|heating|recycl|landfill|"
                    + "incinerat|disposal|recovery|weee");

    private UnreadColumns() {
    }

    static List<QualityIssue> find(SourceTable table, EricLayout layout, Set<Integer> read) {
        List<QualityIssue> out = new ArrayList<>();
        for (int c = 0; c < table.headers().size(); c++) {
            String header = table.headers().get(c).trim();
            if (read.contains(c) || !looksLikeAMeasure(header, table.section(c))) continue;
            String section = table.section(c).isEmpty() ? "" : " (section \"" + table.section(c) + "\")";
            out.add(new QualityIssue(CODE, "", "", table.displayName() + ", column " + EricRowMapper.columnLetter(c),
                    "Column \"" + header + "\"" + section + " looks like an energy, water or waste measure, but layout " + layout.id()
                            + " does not read it, so its figures are in no indicator."));
        }
        return out;
    }

    static boolean looksLikeAMeasure(String header, String section) {
        String h = header.toLowerCase(Locale.ROOT);
        return UNIT.matcher(h).find() && (TOPIC.matcher(h).find() || TOPIC.matcher(section.toLowerCase(Locale.ROOT)).find());
    }
}
