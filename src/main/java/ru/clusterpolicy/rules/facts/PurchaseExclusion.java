package ru.clusterpolicy.rules.facts;

/**
 * Why a purchase does not count towards the start-batch subsidy; the reason is a message key of
 * the reference workbook, so the explanation is in both languages.
 */
public record PurchaseExclusion(Purchase purchase, String reason) {
    public Purchase getPurchase() {
        return purchase;
    }
}
