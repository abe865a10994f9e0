package io.reimburse.cli; public class Main { public static void main(String[] a){} }
