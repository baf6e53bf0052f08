/** Application layer of phases: recompute and record each asset's Tit-for-Tat phase, and read states and timelines. */
package io.phasewise.application.phase;
