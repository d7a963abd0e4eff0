package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A start-batch purchase made by a participant. */
public final class Purchase {
    private final Participant buyer;
    private final String pointer;
    private final String supplierId;
    private final String supplierLabel;
    private final BigDecimal costRub;
    private final LocalDate date;

    public Purchase(Participant buyer, int index, String supplierId, String supplierLabel, BigDecimal costRub, LocalDate date) {
        this.buyer = buyer;
        this.pointer = buyer.getPointer() + "/startBatchPurchases/" + index;
        this.supplierId = supplierId;
        this.supplierLabel = supplierLabel;
        this.costRub = costRub;
        this.date = date;
    }

    public Participant getBuyer() {
        return buyer;
    }

    public String getBuyerId() {
        return buyer.getId();
    }

    public String getPointer() {
        return pointer;
    }

    /** The supplier's participant id; null for a supplier outside the cluster. */
    public String getSupplierId() {
        return supplierId;
    }

    public String getSupplierLabel() {
        return supplierLabel;
    }

    public BigDecimal getCostRub() {
        return costRub;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isBefore(LocalDate day) {
        return date != null && date.isBefore(day);
    }
}
