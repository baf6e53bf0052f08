/**
 * Application layer of the dashboard: one card per watched asset with its
 * current phase and latest market snapshot, read for a user in one call.
 */
package io.phasewise.application.dashboard;
