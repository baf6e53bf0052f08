/** CSV downloads (RFC 4180) and the {@code ?format=} switch between CSV and JSON. */
package io.phasewise.adapters.rest.csv;
