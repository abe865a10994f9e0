package io.reimburse.model;

/** How the balances file signs a credit: negative (the default) or positive. */
public enum BalanceSign {
    CREDIT_NEGATIVE("credit-negative"), CREDIT_POSITIVE("credit-positive");

    private final String code;

    BalanceSign(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
