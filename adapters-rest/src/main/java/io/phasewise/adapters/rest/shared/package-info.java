/** What the other REST packages share: the media types, the one JSON configuration and JSON-safe numbers. */
package io.phasewise.adapters.rest.shared;
