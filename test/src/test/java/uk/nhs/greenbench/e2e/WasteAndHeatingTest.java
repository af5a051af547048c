package uk.nhs.greenbench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Waste shares counted consistently, one landfill factor category, and oil and coal priced as heat pumps. */
class WasteAndHeatingTest {
    @Test
    void theRecyclingShareCountsConfidentialShreddingAndFoodToAnaerobicDigestion() throws Exception {
        // Recycling alone is about 14% of England's 2023/24 waste; with confidential (24.7 kt) and food (10.1 kt) about 23%.
        assertThat(Packs.num(Packs.figure("2023-24", "national", "ENG", "recycling-share"), "value")).isBetween(22.0, 25.0);
    }

    @Test
    void landfillIsTheSameFactorCategoryInEveryYear() throws Exception {
        assertThat(factorSource("2019-20", "waste_landfill")).contains("Landfill (domestic) waste");
        assertThat(factorSource("2023-24", "waste_landfill")).contains("Household residual waste / Landfill");
    }

    @Test
    void oilAndCoalArePricedAsAMoveToHeatPumpsWithAnEditableCop() throws Exception {
        double grid = factor("2023-24", "electricity_grid"), scop = factor("2023-24", "heat_pump_scop");
        assertThat(factorSource("2023-24", "heat_pump_scop")).contains("assumption");
        try (XSSFWorkbook wb = Workbooks.open(Workbooks.trust("2023-24", "RNZ"))) {
            XSSFSheet a = wb.getSheet("Assumptions");
            boolean found = false;
            for (Row r : a) {
                if (r.getCell(2) == null || !r.getCell(2).getStringCellValue().startsWith("kgCO2e per kWh, to electric heat pumps")) continue;
                assertThat(r.getCell(3).getCellFormula()).contains("f_heat_pump_scop").contains("f_electricity_grid");
                assertThat(Workbooks.number(r.getCell(3))).isCloseTo(grid / scop, within(1e-9));
                found = true;
            }
            assertThat(found).as("the heat pump carbon rate on the Assumptions sheet").isTrue();
        }
    }

    private static JsonNode factorNode(String year, String id) throws Exception {
        JsonNode m = new ObjectMapper().readTree(Packs.pack(year).resolve("manifest.json").toFile());
        for (JsonNode f : m.findValues("factors")) {
            if (f.isArray()) for (JsonNode x : f) if (id.equals(x.path("id").asText())) return x;
        }
        throw new AssertionError("no factor " + id + " in the " + year + " manifest");
    }

    private static String factorSource(String year, String id) throws Exception {
        return factorNode(year, id).toString();
    }

    private static double factor(String year, String id) throws Exception {
        return factorNode(year, id).path("value").asDouble();
    }
}
