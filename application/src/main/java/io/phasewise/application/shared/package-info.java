/** Pieces every application context uses: paging, the transaction port, port outage. */
package io.phasewise.application.shared;
