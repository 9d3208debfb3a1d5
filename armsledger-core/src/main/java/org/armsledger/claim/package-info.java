/**
 * The claim: one statement that one actor supplies, will, may or refuses to supply another with
 * one kind of item, with its provenance. Records mirror ../shared/schema/claim.schema.json; the
 * writer turns them into its JSON Lines form.
 */
package org.armsledger.claim;
