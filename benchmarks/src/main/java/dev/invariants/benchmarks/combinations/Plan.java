package dev.invariants.benchmarks.combinations;

/** The plans of the premium rule. */
public enum Plan { BASIC, PLUS, FAMILY }
