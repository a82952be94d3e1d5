package dk.boligmonitor.rules;

import java.math.BigDecimal;

import dk.boligmonitor.format.Messages;

/**
 * The outcome of one criterion for one unit and year: the status, the figures behind it, and the rule, the
 * target and the actual figure in the words the board reads ("skal falde 10 % om året fra 2017", "≤ 17,8",
 * "16,9").
 */
public record Evaluation(Status status, BigDecimal actual, BigDecimal target, String rule, String targetText,
                         String actualText) {

    public String explanation() {
        return Messages.get("rules.explanation", rule, targetText, actualText);
    }
}
