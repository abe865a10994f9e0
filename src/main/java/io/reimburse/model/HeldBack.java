package io.reimburse.model;

/**
 * A customer held back by problems on its input rows (skip reason INPUT_ERROR): how many, and its name
 * as one of those rows gave it ("" when none did), for the customer whose every row failed.
 */
public record HeldBack(int problems, String customerName) {
}
