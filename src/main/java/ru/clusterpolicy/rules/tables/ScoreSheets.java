package ru.clusterpolicy.rules.tables;

import org.apache.poi.ss.usermodel.Sheet;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.facts.Block;
import ru.clusterpolicy.rules.facts.Indicator;
import ru.clusterpolicy.rules.facts.Threshold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The sheets of a scored programme: Blocks (id, names, maximum) and Indicators. */
final class ScoreSheets {
    static final String BLOCKS = "Blocks";
    static final String INDICATORS = "Indicators";

    private ScoreSheets() {
    }

    static List<Block> blocks(String file, String programme, Sheet sheet, List<PolicyProblem> problems) {
        List<Block> blocks = new ArrayList<>();
        for (DataSheet.Record r : DataSheet.read(file, sheet, List.of("block", "name_ru", "name_en", "max"), problems)) {
            BigDecimal max = Threshold.parse(r.text("max")).orElse(null);
            if (max == null) {
                problems.add(r.problem("max", "data.blockMax", "value", r.text("max")));
                continue;
            }
            blocks.add(new Block(programme, r.text("block"), new Text(r.text("name_ru"), r.text("name_en")), max));
        }
        return blocks;
    }

    static List<Indicator> indicators(String file, String programme, Sheet sheet, List<Block> blocks,
                                      List<PolicyProblem> problems) {
        List<Indicator> indicators = new ArrayList<>();
        for (DataSheet.Record r : DataSheet.read(file, sheet, List.of("indicator", "block", "name_ru", "name_en", "max",
                "completeness", "source", "improve_ru", "improve_en"), problems)) {
            String block = r.text("block");
            if (blocks.stream().noneMatch(b -> b.id().equals(block))) {
                problems.add(r.problem("block", "data.unknownBlock", "value", block,
                        "allowed", String.join(", ", blocks.stream().map(Block::id).toList())));
            }
            BigDecimal max = Threshold.parse(r.text("max")).orElse(null);
            if (max == null) {
                problems.add(r.problem("max", "data.indicatorMax", "value", r.text("max")));
                continue;
            }
            ru.clusterpolicy.i18n.Message improve = r.message("improve_ru", "improve_en", true, problems);
            Boolean completeness = r.yesNo("completeness", problems);
            indicators.add(new Indicator(programme, r.text("indicator"), block, new Text(r.text("name_ru"), r.text("name_en")), max,
                    Boolean.TRUE.equals(completeness), r.text("source"), improve));
        }
        for (Block block : blocks) {
            BigDecimal sum = indicators.stream().filter(i -> i.block().equals(block.id())).map(Indicator::max)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(block.max()) != 0) {
                problems.add(PolicyProblem.of(file, INDICATORS, null, "data.blockSum", "block", block.id(),
                        "sum", sum.toPlainString(), "max", block.max().toPlainString()));
            }
        }
        return indicators;
    }
}
