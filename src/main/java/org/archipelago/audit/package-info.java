/**
 * The audit trail: who changed what, on whom, when, with the state before and after. Written in the same transaction
 * as the change it records; read by administrators only.
 */
@NullMarked
package org.archipelago.audit;

import org.jspecify.annotations.NullMarked;
