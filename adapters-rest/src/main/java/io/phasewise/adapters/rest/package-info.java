/**
 * The HTTP adapter's entry point: the whole API as one Jersey configuration and the conventions every
 * resource shares.
 */
package io.phasewise.adapters.rest;
