/**
 * Claim extraction: the gate that picks sentences worth parsing, the dependency-pattern rules that
 * find supply frames (predicate, supplier, recipient, item) with a rule id, status and negation,
 * resolution of pronouns, origins and implicit parties, quantities, and the pipeline that puts the
 * stages together into claims.
 */
package org.armsledger.extract;
