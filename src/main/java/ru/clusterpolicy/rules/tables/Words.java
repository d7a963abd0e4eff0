package ru.clusterpolicy.rules.tables;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words a workbook's yes/no and verification cells may hold, in Russian or English, any case:
 * authors write «да» and «подтверждено» as readily as yes and CONFIRMED. Anything else is refused
 * with the accepted words listed, never read as "no".
 */
final class Words {
    static final String YES_NO = "да, нет (yes, no)";
    static final String VERIFICATIONS = "подтверждено, подтверждено частично, не подтверждено (CONFIRMED, PARTIAL, UNCONFIRMED)";

    private static final Map<String, Boolean> FLAGS = Map.of("yes", true, "да", true, "true", true, "истина", true,
            "no", false, "нет", false, "false", false, "ложь", false);
    private static final Map<String, String> STATUSES = Map.of("confirmed", "CONFIRMED", "подтверждено", "CONFIRMED",
            "partial", "PARTIAL", "частично", "PARTIAL", "подтверждено частично", "PARTIAL",
            "unconfirmed", "UNCONFIRMED", "не подтверждено", "UNCONFIRMED");

    private Words() {
    }

    static Optional<Boolean> yesNo(String cell) {
        return cell == null ? Optional.empty() : Optional.ofNullable(FLAGS.get(normal(cell)));
    }

    /** CONFIRMED, PARTIAL or UNCONFIRMED, from either language's word. */
    static Optional<String> verification(String cell) {
        return cell == null ? Optional.empty() : Optional.ofNullable(STATUSES.get(normal(cell)));
    }

    private static String normal(String cell) {
        return cell.trim().replace('\u00a0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
