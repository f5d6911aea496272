package org.parley.extract;

/** Whether the article states a relation outright or reports/expects it. */
public enum Modality { ASSERTED, HEDGED }
