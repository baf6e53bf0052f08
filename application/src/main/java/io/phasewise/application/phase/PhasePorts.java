package io.phasewise.application.phase;

import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.application.shared.TransactionPort;

/** The outgoing ports of the phase context: current states, transitions, events and their transactions. */
public record PhasePorts(LoadPhasesPort loadPhases, SavePhasesPort savePhases, TransactionPort tx) {}
